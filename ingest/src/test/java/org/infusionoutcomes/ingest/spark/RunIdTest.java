package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.scale.ScaleFile;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.junit.jupiter.api.Test;

/** The run id follows everything that decides the numbers, user scale files included. */
class RunIdTest {
  private static final ScaleRegistry SHIPPED = ScaleRegistry.shipped();
  private static final Map<String, Object> CONFIG = Map.of("course_gap_days", 21);
  private static final List<FileStat> STATS =
      List.of(new FileStat(0, "file:/in/scores.csv", 10, "ab".repeat(32), 100));

  private static ScaleRegistry withScale(String remissionMax) {
    String text =
        """
        id: TEST3
        version: "1"
        name: Test
        item_min: 0
        item_max: 3
        total_min: 0
        total_max: 9
        max_missing_items: 0
        items: [{number: 1, label: a}, {number: 2, label: b}, {number: 3, label: c}]
        defaults: {response_fraction: 0.5, remission_max: %s, relapse_threshold: 5}
        codes: {}
        """
            .formatted(remissionMax);
    return SHIPPED.withScaleFiles(
        List.of(new ScaleFile("s/test3.yaml", text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void runIdChangesWithTheContentOfAUserScaleFile() {
    String shipped = IngestJob.runId(STATS, CONFIG, SHIPPED);
    String a = IngestJob.runId(STATS, CONFIG, withScale("2"));

    assertThat(IngestJob.runId(STATS, CONFIG, SHIPPED)).isEqualTo(shipped).hasSize(16);
    assertThat(IngestJob.runId(STATS, CONFIG, withScale("2"))).isEqualTo(a);
    assertThat(a).isNotEqualTo(shipped);
    assertThat(IngestJob.runId(STATS, CONFIG, withScale("3"))).isNotEqualTo(a);
  }
}
