package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history.jsonl: one line per run with the fields docs/operations.md lists; cut lines skipped. */
class RunHistoryTest {
  @TempDir Path tmp;

  private static RunHistory.Entry entry(String status, String snapshot) {
    return new RunHistory.Entry(
        "abc123",
        Instant.parse("2026-03-02T02:00:00Z"),
        Instant.parse("2026-03-02T02:03:00Z"),
        status,
        0,
        snapshot,
        new RunHistory.InputCounts(1, 2, 47, 0),
        new RunHistory.RecordCounts(100, 98, 2),
        "m",
        null,
        null);
  }

  @Test
  void lineHasEveryFieldInOrder() throws Exception {
    String json = entry(RunHistory.PUBLISHED, "s1").toJson();
    assertThat(json)
        .isEqualTo(
            "{\"run_id\":\"abc123\",\"started\":\"2026-03-02T02:00:00Z\","
                + "\"finished\":\"2026-03-02T02:03:00Z\",\"status\":\"published\",\"exit_code\":0,"
                + "\"snapshot\":\"s1\",\"inputs\":{\"new\":1,\"changed\":2,\"unchanged\":47,"
                + "\"removed\":0},\"records\":{\"read\":100,\"accepted\":98,\"rejected\":2},"
                + "\"message\":\"m\"}");
  }

  @Test
  void aLineCutShortByAKilledRunIsSkippedAndDoesNotSwallowTheNext() throws Exception {
    Warehouse w = Warehouse.open(new Configuration(), tmp.toString());
    RunHistory h = new RunHistory(w);
    h.append(entry(RunHistory.PUBLISHED, "s1"));
    Files.write(
        tmp.resolve(Warehouse.HISTORY),
        "{\"run_id\":\"cut".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    h.append(entry(RunHistory.UNCHANGED, "s1"));

    List<JsonNode> lines = h.read();

    assertThat(lines)
        .extracting(n -> n.path("status").asText())
        .containsExactly("published", "unchanged");
    assertThat(h.publishedSnapshots()).containsExactly("s1");
  }
}
