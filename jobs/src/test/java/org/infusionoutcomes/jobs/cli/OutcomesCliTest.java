package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.jobs.generate.SampleDefects;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end: the output layout (README.md, "What it does"), exit codes
 * (README.md, "Commands"), re-runs (docs/operations.md, "`run` is safe too").
 */
class OutcomesCliTest {
  @TempDir static Path tmp;
  private static Path input;
  private static Path firstRun;
  private static int firstExit;
  private static String firstErr;

  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = OutcomesCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void runOnASmallStudy() throws Exception {
    SharedSpark.get();
    input = tmp.resolve("in");
    SyntheticStudy study =
        StudyGenerator.generate(
            new StudyGenerator.Options("CLI-01", 12, 42, LocalDate.of(2024, 1, 8), 2),
            ScaleRegistry.shipped());
    new GenericCsvWriter().write(study, input.resolve("generic"));
    SampleDefects.appendGeneric(input.resolve("generic"), "CLI-01");
    firstRun = tmp.resolve("run1");
    Result r = cli("run", "--input", input.toString(), "--output", firstRun.toString());
    firstExit = r.exit();
    firstErr = r.err();
  }

  private static List<String> header(Path csv) throws Exception {
    return List.of(Files.readAllLines(csv).get(0).split(",", -1));
  }

  @Test
  void runWritesEveryOutputOfSpecSection7() throws Exception {
    assertThat(firstExit).as(firstErr).isEqualTo(ExitCodes.OK);
    for (String t : List.of("assessments", "infusions", "subjects", "rejects")) {
      assertThat(firstRun.resolve("normalized").resolve(t)).isDirectory();
    }
    for (String t : List.of("courses", "visit_outcomes", "course_outcomes", "tte")) {
      assertThat(firstRun.resolve("derived").resolve(t)).isDirectory();
    }
    Path reports = firstRun.resolve("reports");
    assertThat(header(reports.resolve("response_remission.csv")))
        .containsExactly(
            "study_id",
            "scale",
            "course_number",
            "analysis",
            "n",
            "responders",
            "response_rate",
            "response_ci_low",
            "response_ci_high",
            "remitters",
            "remission_rate",
            "remission_ci_low",
            "remission_ci_high");
    List<String> survival =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "n",
            "events",
            "censored",
            "median_days",
            "median_ci_low",
            "median_ci_high",
            "q1_days",
            "q3_days",
            "s_d7",
            "s_d7_ci_low",
            "s_d7_ci_high",
            "s_d14",
            "s_d14_ci_low",
            "s_d14_ci_high",
            "s_d28",
            "s_d28_ci_low",
            "s_d28_ci_high",
            "s_d56",
            "s_d56_ci_low",
            "s_d56_ci_high",
            "s_d84",
            "s_d84_ci_low",
            "s_d84_ci_high",
            "median_followup_days");
    assertThat(header(reports.resolve("durability_summary.csv"))).isEqualTo(survival);
    assertThat(header(reports.resolve("time_to_response_summary.csv"))).isEqualTo(survival);
    assertThat(header(reports.resolve("durability_km.csv")))
        .containsExactly(
            "study_id",
            "scale",
            "course_number",
            "time_days",
            "n_risk",
            "n_event",
            "n_censor",
            "survival",
            "std_err",
            "ci_low",
            "ci_high");
    assertThat(header(reports.resolve("logrank.csv")))
        .containsExactly("study_id", "scale", "endpoint", "groups", "chisq", "df", "p_value");
    assertThat(header(reports.resolve("trajectory.csv")))
        .containsExactly(
            "study_id",
            "scale",
            "course_number",
            "day",
            "n",
            "mean_score",
            "sd_score",
            "mean_change",
            "mean_pct_change");
    assertThat(reports.resolve("summary.json")).isRegularFile();
    assertThat(reports.resolve("quality.json")).isRegularFile();
    // Pooled rows exist even for a single study (docs/decisions.md, "Report groups").
    assertThat(Files.readAllLines(reports.resolve("response_remission.csv")))
        .anyMatch(l -> l.startsWith("ALL,MADRS,1,OC,"));
  }

  @Test
  void manifestAccountsForEveryRecordOfEveryFile() throws Exception {
    JsonNode m = new ObjectMapper().readTree(firstRun.resolve("run-manifest.json").toFile());
    assertThat(m.path("exit_code").asInt()).isEqualTo(0);
    assertThat(m.path("run_id").asText()).hasSize(16);
    assertThat(m.path("tool").path("git_commit").asText()).isNotBlank();
    assertThat(m.path("config").path("course_gap_days").asInt()).isEqualTo(21);
    assertThat(m.path("inputs")).hasSize(3);
    for (JsonNode f : m.path("inputs")) {
      assertThat(f.path("sha256").asText()).hasSize(64);
      assertThat(f.path("records_read").asLong())
          .isEqualTo(f.path("records_accepted").asLong() + f.path("records_rejected").asLong());
    }
    assertThat(m.path("totals").path("records_rejected").asLong()).isEqualTo(24);
    assertThat(m.path("timings_seconds").has("ingest")).isTrue();
    assertThat(m.path("timings_seconds").has("derive")).isTrue();
    assertThat(m.path("timings_seconds").has("analyze")).isTrue();
  }

  @Test
  void secondRunGivesIdenticalTablesAndReportFiles() throws Exception {
    Path second = tmp.resolve("run2");
    assertThat(cli("run", "--input", input.toString(), "--output", second.toString()).exit())
        .isEqualTo(ExitCodes.OK);
    SparkSession spark = SharedSpark.get();
    for (String t :
        List.of(
            "normalized/assessments",
            "normalized/infusions",
            "normalized/subjects",
            "normalized/rejects",
            "normalized/warnings",
            "derived/courses",
            "derived/visit_outcomes",
            "derived/course_outcomes",
            "derived/tte")) {
      List<Row> a = spark.read().parquet(firstRun.resolve(t).toString()).collectAsList();
      List<Row> b = spark.read().parquet(second.resolve(t).toString()).collectAsList();
      assertThat(b).as(t).containsExactlyElementsOf(a);
      try (Stream<Path> files = Files.list(second.resolve(t))) {
        assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")))
            .as("stable part names in " + t)
            .allMatch(n -> n.matches("part-\\d{5}\\.snappy\\.parquet"));
      }
    }
    try (Stream<Path> files = Files.list(firstRun.resolve("reports"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readAllBytes(second.resolve("reports").resolve(f.getFileName())))
            .as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void invalidConfigurationExitsTwoNamingTheKey() throws Exception {
    Path config = tmp.resolve("bad.yaml");
    Files.writeString(config, "course_gap_days: 21\nrespons_fraction: 0.5\n");
    Result r =
        cli(
            "run",
            "--input",
            input.toString(),
            "--output",
            tmp.resolve("never").toString(),
            "--config",
            config.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.yaml").contains("'respons_fraction'").contains("unknown key");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void missingInputExitsTwo() {
    Result r =
        cli(
            "ingest",
            "--input",
            tmp.resolve("nowhere").toString(),
            "--output",
            tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("input not found");
  }

  @Test
  void rejectsAboveTheThresholdExitThree() throws Exception {
    Path config = tmp.resolve("strict.yaml");
    Files.writeString(config, "reject_threshold: 0.001\n");
    Result r =
        cli(
            "ingest",
            "--input",
            input.toString(),
            "--output",
            tmp.resolve("strict").toString(),
            "--config",
            config.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.REJECTS_ABOVE_THRESHOLD);
  }

  @Test
  void validateReadsEveryRecordAndWritesNothing() {
    Result r = cli("validate", "--input", input.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("format=generic-scores")
        .contains("item_out_of_range")
        .contains("partial_date");
  }

  @Test
  void validateCountsEveryFileAsRunDoes() throws Exception {
    Result r = cli("validate", "--input", input.toString());
    JsonNode manifest = new ObjectMapper().readTree(firstRun.resolve("run-manifest.json").toFile());
    JsonNode totals = manifest.get("totals");
    assertThat(totals.get("records_rejected").asLong()).isPositive();
    assertThat(r.out())
        .contains(
            "records read: "
                + totals.get("records_read").asLong()
                + ", rejected: "
                + totals.get("records_rejected").asLong());
    for (JsonNode f : manifest.get("inputs")) {
      assertThat(r.out())
          .contains(
              f.get("relative_path").asText()
                  + "  format="
                  + f.get("format").asText()
                  + " records="
                  + f.get("records_read").asLong()
                  + " rejected="
                  + f.get("records_rejected").asLong());
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(cli("run", "--inptu", "x").exit()).isEqualTo(ExitCodes.USAGE);
  }
}
