package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.cli.OutcomesCli;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed inputs under {@code WAREHOUSE/state/}, night after night: a file seen before
 * is not parsed again (history {@code parsing}), files added in front shift the input order,
 * removed files' entries are deleted, a corrupt entry is parsed again, a changed configuration
 * parses everything; and every published snapshot has the numbers of {@code run} over the same
 * tree: report CSVs, summary.json, quality.json and every canonical table, rejects included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyCacheTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TABLES =
      List.of(
          "assessments",
          "infusions",
          "subjects",
          "vital_signs",
          "adverse_events",
          "medications",
          "rejects",
          "warnings");

  @TempDir static Path tmp;
  private static Path landing;
  private static Path warehouse;
  private static Path config;
  private static int runs;

  private record Result(int exit, String err) {}

  private static Result cli(String... args) {
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    return new Result(exit, err.toString());
  }

  private static void write(String folder, String study, int subjects, int seed) throws Exception {
    new GenericCsvWriter()
        .write(
            StudyGenerator.generate(
                new StudyGenerator.Options(study, subjects, seed, LocalDate.of(2024, 2, 5), 1),
                ScaleRegistry.shipped()),
            landing.resolve(folder));
  }

  @BeforeAll
  static void landingZone() throws Exception {
    SharedSpark.get();
    landing = tmp.resolve("landing");
    warehouse = tmp.resolve("warehouse");
    write("B-STUDY", "NC-B", 6, 3);
    write("C-STUDY", "NC-C", 8, 4);
    // one bad record, so that rejects (with file, line and raw text) are compared too
    Path scores = landing.resolve("C-STUDY/scores.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(scores));
    List<String> header = List.of(lines.get(0).split(",", -1));
    String[] cells = lines.get(1).split(",", -1);
    cells[header.indexOf("score")] = "banana";
    lines.add(3, String.join(",", cells));
    Files.write(scores, lines);
    config = tmp.resolve("outcomes.yaml");
    Files.writeString(config, "keep_snapshots: 2\n");
  }

  /** One nightly run, then {@code run} over the same tree; asserts they publish the same. */
  private static JsonNode nightlyLikeRun() throws Exception {
    Thread.sleep(1100); // snapshot names carry the start second
    Result r =
        cli(
            "nightly",
            "--input",
            landing.toString(),
            "--output",
            warehouse.toString(),
            "--config",
            config.toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    List<String> history = Files.readAllLines(warehouse.resolve("history.jsonl"));
    JsonNode last = JSON.readTree(history.get(history.size() - 1));
    assertThat(last.path("status").asText()).isEqualTo("published");

    Path runOut = tmp.resolve("run-" + ++runs);
    Result run =
        cli(
            "run",
            "--input",
            landing.toString(),
            "--output",
            runOut.toString(),
            "--config",
            config.toString(),
            "--quiet");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertSameAsRun(runOut);
    return last;
  }

  private static void assertSameAsRun(Path runOut) throws Exception {
    Path published = warehouse.resolve("current");
    List<String> csvs;
    try (Stream<Path> s = Files.list(runOut.resolve("reports"))) {
      csvs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
    }
    assertThat(csvs).isNotEmpty();
    for (String csv : csvs) {
      assertThat(Files.readAllBytes(published.resolve("reports").resolve(csv)))
          .as(csv)
          .isEqualTo(Files.readAllBytes(runOut.resolve("reports").resolve(csv)));
    }
    assertThat(withoutChanges(published.resolve("reports/quality.json")))
        .isEqualTo(withoutChanges(runOut.resolve("reports/quality.json")));
    JsonNode summary = JSON.readTree(published.resolve("reports/summary.json").toFile());
    JsonNode summaryRun = JSON.readTree(runOut.resolve("reports/summary.json").toFile());
    ((ObjectNode) summary.path("quality")).remove("changes_since_last_run");
    ((ObjectNode) summaryRun.path("quality")).remove("changes_since_last_run");
    assertThat(summary).isEqualTo(summaryRun);
    SparkSession spark = SharedSpark.get();
    for (String table : TABLES) {
      Path expected = runOut.resolve("normalized").resolve(table);
      if (!Files.exists(expected)) {
        continue;
      }
      assertThat(rows(spark, published.resolve("normalized").resolve(table)))
          .as(table)
          .isEqualTo(rows(spark, expected));
    }
    assertThat(rows(spark, runOut.resolve("normalized/rejects")))
        .as("the bad record is rejected")
        .anyMatch(r -> r.contains("banana"));
  }

  private static List<String> rows(SparkSession spark, Path table) {
    return spark.read().parquet(table.toUri().toString()).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  private static JsonNode withoutChanges(Path quality) throws Exception {
    ObjectNode q = (ObjectNode) JSON.readTree(quality.toFile());
    q.remove("changes");
    q.remove("changes_since_last_run");
    return q;
  }

  private static List<Path> entries() throws Exception {
    try (Stream<Path> s = Files.list(warehouse.resolve("state"))) {
      return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
    }
  }

  /** The cache entry of a landing file with its current content, if there is one. */
  private static Optional<Path> entryOf(Path file) throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    for (Path e : entries()) {
      if (Files.readString(e.resolve("_ENTRY")).contains("sha256=" + sha)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static void flipFirstItemScore(Path scores) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(scores));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int score = header.indexOf("score");
    int item = header.indexOf("item");
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (!cells[item].equals("total") && cells[score].matches("[01]")) {
        cells[score] = cells[score].equals("0") ? "1" : "0";
        lines.set(i, String.join(",", cells));
        break;
      }
    }
    Files.write(scores, lines);
  }

  private static long parsed(JsonNode history) {
    return history.path("parsing").path("parsed").asLong(-1);
  }

  private static long fromCache(JsonNode history) {
    return history.path("parsing").path("from_cache").asLong(-1);
  }

  @Test
  @Order(1)
  void theFirstNightParsesEveryFileAndKeepsAnEntryForEach() throws Exception {
    JsonNode h = nightlyLikeRun();

    assertThat(parsed(h)).isEqualTo(6);
    assertThat(fromCache(h)).isZero();
    assertThat(entries()).hasSize(6);
    assertThat(entryOf(landing.resolve("C-STUDY/scores.csv"))).isPresent();
    try (Stream<Path> s = Files.list(warehouse.resolve("state"))) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no temporary entry left")
          .doesNotContain("_tmp");
    }
  }

  @Test
  @Order(2)
  void aNightWithOneChangedFileParsesOnlyThatFile() throws Exception {
    Path scores = landing.resolve("B-STUDY/scores.csv");
    Path before = entryOf(scores).orElseThrow();
    flipFirstItemScore(scores);

    JsonNode h = nightlyLikeRun();

    assertThat(h.path("inputs").path("changed").asLong()).isEqualTo(1);
    assertThat(parsed(h)).isEqualTo(1);
    assertThat(fromCache(h)).isEqualTo(5);
    assertThat(entries()).hasSize(6).doesNotContain(before);
    assertThat(entryOf(scores)).isPresent();
  }

  @Test
  @Order(3)
  void filesAddedInFrontShiftTheOrderAndTheNumbersStayThoseOfRun() throws Exception {
    write("A-STUDY", "NC-A", 4, 5);

    JsonNode h = nightlyLikeRun();

    assertThat(h.path("inputs").path("new").asLong()).isEqualTo(3);
    assertThat(parsed(h)).isEqualTo(3);
    assertThat(fromCache(h)).isEqualTo(6);
    assertThat(entries()).hasSize(9);
  }

  @Test
  @Order(4)
  void aRemovedFileDropsOutAndItsEntryIsDeleted() throws Exception {
    Path infusions = landing.resolve("C-STUDY/infusions.csv");
    Path entry = entryOf(infusions).orElseThrow();
    Files.delete(infusions);

    JsonNode h = nightlyLikeRun();

    assertThat(h.path("inputs").path("removed").asLong()).isEqualTo(1);
    assertThat(parsed(h)).isZero();
    assertThat(fromCache(h)).isEqualTo(8);
    assertThat(entry).doesNotExist();
    assertThat(entries()).hasSize(8);
  }

  @Test
  @Order(5)
  void aCorruptEntryIsIgnoredAndTheFileParsedAgain() throws Exception {
    Path subjects = landing.resolve("A-STUDY/subjects.csv");
    Path entry = entryOf(subjects).orElseThrow();
    byte[] garbage = "not a cache entry".getBytes(StandardCharsets.UTF_8);
    List<Path> parts;
    try (Stream<Path> s = Files.list(entry)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
    }
    assertThat(parts).isNotEmpty();
    for (Path p : parts) {
      Files.write(p, garbage);
    }
    flipFirstItemScore(landing.resolve("B-STUDY/scores.csv")); // so that the night has work

    JsonNode h = nightlyLikeRun();

    assertThat(parsed(h)).as("the changed file and the one with a corrupt entry").isEqualTo(2);
    assertThat(fromCache(h)).isEqualTo(6);
    Path again = entryOf(subjects).orElseThrow();
    try (Stream<Path> s = Files.list(again)) {
      List<Path> now = s.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
      assertThat(now).isNotEmpty();
      for (Path p : now) {
        assertThat(Files.readAllBytes(p)).as("the entry was written again").isNotEqualTo(garbage);
      }
    }
  }

  @Test
  @Order(6)
  void aChangedConfigurationParsesEveryFileAgainAndDropsTheOldEntries() throws Exception {
    List<Path> old = entries();
    Files.writeString(config, "keep_snapshots: 2\nstudy_id: NC-X\n");

    JsonNode h = nightlyLikeRun();

    assertThat(parsed(h)).isEqualTo(8);
    assertThat(fromCache(h)).isZero();
    assertThat(entries()).hasSize(8).doesNotContainAnyElementsOf(old);
  }
}
