package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.cli.OutcomesCli;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly runs end to end on a local warehouse, night after night: publish, the same numbers as
 * {@code run}, an unchanged night without Spark, changes since the last published run, retention,
 * the lock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path landing;
  private static Path warehouse;
  private static Path config;
  private static String firstSnapshot;

  private record Result(int exit, String err) {}

  private static Result cli(String... args) {
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    return new Result(exit, err.toString());
  }

  private static Result nightly() {
    return cli(
        "nightly",
        "--input",
        landing.toString(),
        "--output",
        warehouse.toString(),
        "--config",
        config.toString(),
        "--quiet");
  }

  @BeforeAll
  static void landingZone() throws Exception {
    SharedSpark.get();
    landing = tmp.resolve("landing");
    warehouse = tmp.resolve("warehouse");
    new GenericCsvWriter()
        .write(
            StudyGenerator.generate(
                new StudyGenerator.Options("NIGHT-01", 10, 7, LocalDate.of(2024, 2, 5), 2),
                ScaleRegistry.shipped()),
            landing.resolve("NIGHT-01"));
    config = tmp.resolve("outcomes.yaml");
    Files.writeString(config, "keep_snapshots: 1\n");
  }

  private static List<JsonNode> history() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(warehouse.resolve("history.jsonl"))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<String> snapshots() throws Exception {
    try (Stream<Path> s = Files.list(warehouse.resolve("snapshots"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Asserts that report CSVs, summary.json and quality.json equal those of run, apart from changes.
   */
  private static void assertSameNumbersAsRun(Path runOut) throws Exception {
    Path published = warehouse.resolve("current/reports");
    Path expected = runOut.resolve("reports");
    List<String> csvs;
    try (Stream<Path> s = Files.list(expected)) {
      csvs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
    }
    assertThat(csvs).isNotEmpty();
    for (String csv : csvs) {
      assertThat(Files.readAllBytes(published.resolve(csv)))
          .as(csv)
          .isEqualTo(Files.readAllBytes(expected.resolve(csv)));
    }
    assertThat(withoutChanges(published.resolve("quality.json")))
        .isEqualTo(withoutChanges(expected.resolve("quality.json")));
    JsonNode summary = JSON.readTree(published.resolve("summary.json").toFile());
    JsonNode summaryRun = JSON.readTree(expected.resolve("summary.json").toFile());
    ((ObjectNode) summary.path("quality")).remove("changes_since_last_run");
    ((ObjectNode) summaryRun.path("quality")).remove("changes_since_last_run");
    assertThat(summary).isEqualTo(summaryRun);
  }

  private static JsonNode withoutChanges(Path quality) throws Exception {
    ObjectNode q = (ObjectNode) JSON.readTree(quality.toFile());
    q.remove("changes");
    q.remove("changes_since_last_run");
    return q;
  }

  @Test
  @Order(1)
  void firstNightPublishesASnapshotWithTheNumbersOfRun() throws Exception {
    Result r = nightly();

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.isSymbolicLink(warehouse.resolve("current"))).isTrue();
    firstSnapshot = Files.readSymbolicLink(warehouse.resolve("current")).getFileName().toString();
    assertThat(firstSnapshot).matches("\\d{8}T\\d{6}Z-[0-9a-f]{16}");
    assertThat(snapshots()).containsExactly(firstSnapshot);
    assertThat(warehouse.resolve("current/reports/report.html")).exists();
    assertThat(warehouse.resolve(".lock")).doesNotExist();
    JsonNode h = history().get(0);
    assertThat(h.path("status").asText()).isEqualTo("published");
    assertThat(h.path("snapshot").asText()).isEqualTo(firstSnapshot);
    assertThat(h.path("inputs").path("new").asLong()).isEqualTo(3);
    assertThat(h.path("records").path("read").asLong()).isPositive();
    assertThat(firstSnapshot).endsWith("-" + h.path("run_id").asText());
    JsonNode manifest = JSON.readTree(warehouse.resolve("current/run-manifest.json").toFile());
    assertThat(manifest.path("run_id").asText())
        .as("the run id of ingest, as run gives it")
        .isEqualTo(h.path("run_id").asText());
    assertThat(manifest.path("nightly").path("files")).hasSize(3);

    Path runOut = tmp.resolve("run-1");
    Result run =
        cli("run", "--input", landing.toString(), "--output", runOut.toString(), "--quiet");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertSameNumbersAsRun(runOut);
    JsonNode quality = JSON.readTree(warehouse.resolve("current/reports/quality.json").toFile());
    assertThat(quality.has("changes")).isTrue();
    assertThat(quality.get("changes").isNull()).isTrue();
  }

  @Test
  @Order(2)
  void nightWithoutNewInputIsARecordedNoOpWithoutSpark() throws Exception {
    ScaleRegistry registry = ScaleRegistry.shipped();
    Configuration conf = new Configuration();
    OutcomesConfig c = RunSettings.load(conf, config.toString()).config();
    RunSettings settings =
        new RunSettings(
            List.of(landing.toString()),
            warehouse.toString(),
            config.toString(),
            c,
            registry,
            null);
    int exit =
        NightlyRun.run(
            new NightlyRun.Context(
                settings,
                conf,
                () -> {
                  throw new AssertionError("an unchanged night must not start Spark");
                },
                (m, s) -> {}));

    assertThat(exit).isEqualTo(ExitCodes.OK);
    JsonNode last = history().get(history().size() - 1);
    assertThat(last.path("status").asText()).isEqualTo("unchanged");
    assertThat(last.path("exit_code").asInt()).isZero();
    assertThat(last.path("snapshot").asText()).isEqualTo(firstSnapshot);
    assertThat(last.path("inputs").path("unchanged").asLong()).isEqualTo(3);
    assertThat(last.path("message").asText()).contains("nothing to do");
    assertThat(snapshots()).containsExactly(firstSnapshot);
  }

  @Test
  @Order(3)
  void changedInputsArePublishedWithTheChangesSinceTheLastRun() throws Exception {
    new GenericCsvWriter()
        .write(
            StudyGenerator.generate(
                new StudyGenerator.Options("NIGHT-02", 4, 8, LocalDate.of(2024, 3, 4), 1),
                ScaleRegistry.shipped()),
            landing.resolve("NIGHT-02"));
    Thread.sleep(1100); // snapshot names carry the start second

    Result r = nightly();

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    String second = Files.readSymbolicLink(warehouse.resolve("current")).getFileName().toString();
    assertThat(second).isNotEqualTo(firstSnapshot);
    assertThat(snapshots()).as("keep_snapshots: 1").containsExactly(second);
    JsonNode last = history().get(history().size() - 1);
    assertThat(last.path("status").asText()).isEqualTo("published");
    assertThat(last.path("inputs").path("new").asLong()).isEqualTo(3);
    assertThat(last.path("inputs").path("unchanged").asLong()).isEqualTo(3);

    JsonNode changes =
        JSON.readTree(warehouse.resolve("current/reports/quality.json").toFile()).path("changes");
    assertThat(changes.path("compared_with").asText()).isEqualTo(firstSnapshot);
    assertThat(changes.path("subjects").path("new").path("count").asLong()).isEqualTo(4);
    assertThat(changes.path("subjects").path("new").path("keys").get(0).path("subject_id").asText())
        .isEqualTo("NIGHT-02-001");
    assertThat(changes.path("subjects").path("removed").path("count").asLong()).isZero();
    assertThat(changes.path("assessments").path("new").path("count").asLong()).isPositive();
    assertThat(changes.path("assessments").path("changed").path("count").asLong()).isZero();
    assertThat(changes.path("infusions").path("new").path("count").asLong()).isPositive();
    JsonNode firstKey = changes.path("assessments").path("new").path("keys").get(0);
    assertThat(firstKey.path("study_id").asText()).isEqualTo("NIGHT-02");
    assertThat(firstKey.has("scale")).isTrue();
    assertThat(firstKey.path("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(Files.readString(warehouse.resolve("current/reports/report.html")))
        .contains("subjects.new");

    Path runOut = tmp.resolve("run-2");
    Result run =
        cli("run", "--input", landing.toString(), "--output", runOut.toString(), "--quiet");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertSameNumbersAsRun(runOut);
  }

  @Test
  @Order(4)
  void aRemovedFileAndAChangedScoreShowAsRemovedAndChanged() throws Exception {
    Files.delete(landing.resolve("NIGHT-02/infusions.csv"));
    Path scores = landing.resolve("NIGHT-01/scores.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(scores));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int score = header.indexOf("score");
    int item = header.indexOf("item");
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (!cells[item].equals("total") && !cells[score].isEmpty()) {
        cells[score] = cells[score].equals("0") ? "1" : "0";
        lines.set(i, String.join(",", cells));
        break;
      }
    }
    Files.write(scores, lines);
    Thread.sleep(1100);

    Result r = nightly();

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode last = history().get(history().size() - 1);
    assertThat(last.path("inputs").path("removed").asLong()).isEqualTo(1);
    assertThat(last.path("inputs").path("changed").asLong()).isEqualTo(1);
    JsonNode changes =
        JSON.readTree(warehouse.resolve("current/reports/quality.json").toFile()).path("changes");
    assertThat(changes.path("assessments").path("changed").path("count").asLong()).isEqualTo(1);
    assertThat(changes.path("infusions").path("removed").path("count").asLong()).isPositive();
    assertThat(changes.path("infusions").path("new").path("count").asLong()).isZero();
  }

  @Test
  @Order(5)
  void aSecondRunWhileTheLockIsHeldExitsFourAndChangesNothing() throws Exception {
    Warehouse w = Warehouse.open(new Configuration(), warehouse.toString());
    String before = Files.readSymbolicLink(warehouse.resolve("current")).toString();
    try (WarehouseLock held =
        WarehouseLock.acquire(
                w, w.lockFile(), java.time.Duration.ofHours(12), java.time.Instant.now())
            .lock()
            .orElseThrow()) {
      Result r = nightly();

      assertThat(r.exit()).isEqualTo(ExitCodes.LOCKED);
    }
    JsonNode last = history().get(history().size() - 1);
    assertThat(last.path("status").asText()).isEqualTo("locked");
    assertThat(last.path("exit_code").asInt()).isEqualTo(4);
    assertThat(last.path("message").asText())
        .contains(
            "another nightly run holds the warehouse lock", "pid " + ProcessHandle.current().pid());
    assertThat(Files.readSymbolicLink(warehouse.resolve("current")).toString()).isEqualTo(before);
  }
}
