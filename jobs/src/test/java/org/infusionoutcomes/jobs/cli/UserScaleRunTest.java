package org.infusionoutcomes.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.infusionoutcomes.ingest.scale.ScaleSource;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study rated on the BDI-II, a scale the project does not ship, run end to end from the user's
 * definition file ({@code scale_files} in the configuration): items, proration, reported totals,
 * thresholds, the manifest entry and the report. The study is the worked example of docs/formats.md
 * ({@code src/test/resources/bdi2-study}).
 */
class UserScaleRunTest {
  @TempDir static Path tmp;
  private static Path study;
  private static Path out;
  private static int exit;
  private static String err;

  private record Result(int exit, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = OutcomesCli.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
    return new Result(code, o.toString(), e.toString());
  }

  @BeforeAll
  static void runTheBdi2Study() throws Exception {
    SharedSpark.get();
    study = tmp.resolve("bdi2-study");
    copyTree(resource("bdi2-study"), study);
    out = tmp.resolve("out");
    Result r =
        cli(
            "run",
            "--input",
            study.resolve("data").toString(),
            "--output",
            out.toString(),
            "--config",
            study.resolve("outcomes.yaml").toString());
    exit = r.exit();
    err = r.err();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(UserScaleRunTest.class.getClassLoader().getResource(name).toURI());
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The rows of a report CSV as column -> value maps. */
  private static List<Map<String, String>> csv(String file) throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("reports").resolve(file));
    String[] header = lines.get(0).split(",", -1);
    return lines.stream()
        .skip(1)
        .map(
            l -> {
              String[] f = l.split(",", -1);
              Map<String, String> m = new TreeMap<>();
              for (int i = 0; i < header.length; i++) {
                m.put(header[i], f[i]);
              }
              return m;
            })
        .toList();
  }

  @Test
  void bdi2StudyGivesResponseAndRemissionRowsForBdi2() throws Exception {
    assertThat(exit).as(err).isEqualTo(ExitCodes.OK);
    List<Map<String, String>> rows = csv("response_remission.csv");
    assertThat(rows).extracting(r -> r.get("scale")).containsOnly("BDI2");
    for (String studyId : List.of("BDI-01", "ALL")) {
      Map<String, String> oc =
          rows.stream()
              .filter(r -> r.get("study_id").equals(studyId) && r.get("analysis").equals("OC"))
              .findFirst()
              .orElseThrow();
      // baseline -> end of course: 30->10, 28->20, 36->10.5 (prorated), 25 (reported)->14,
      // 40->18, 33->5; response >= 50 % reduction, remission <= 13 (the file's defaults)
      assertThat(oc.get("course_number")).isEqualTo("1");
      assertThat(oc.get("n")).isEqualTo("6");
      assertThat(oc.get("responders")).isEqualTo("4");
      assertThat(oc.get("remitters")).isEqualTo("3");
    }
    assertThat(csv("trajectory.csv")).extracting(r -> r.get("scale")).containsOnly("BDI2");
  }

  @Test
  void itemsProrationAndReportedTotalsFollowTheUserDefinition() {
    Dataset<Row> a =
        SharedSpark.get().read().parquet(out.resolve("normalized/assessments").toString());

    assertThat(a.count()).isEqualTo(18);
    assertThat(a.select("scale", "scale_version").distinct().collectAsList())
        .extracting(r -> r.getString(0) + " " + r.getString(1))
        .containsExactly("BDI2 1.0-example");
    assertThat(a.filter(col("total_source").equalTo("items")).count()).isEqualTo(16);
    Row prorated = a.filter(col("total_source").equalTo("prorated")).collectAsList().get(0);
    assertThat(prorated.<String>getAs("subject_id")).isEqualTo("BDI-01-003");
    assertThat(prorated.<Double>getAs("total_score")).isEqualTo(10.5);
    assertThat(prorated.<Integer>getAs("items_answered")).isEqualTo(20);
    Row reported = a.filter(col("total_source").equalTo("reported")).collectAsList().get(0);
    assertThat(reported.<String>getAs("subject_id")).isEqualTo("BDI-01-004");
    assertThat(reported.<Double>getAs("total_score")).isEqualTo(25.0);
  }

  @Test
  void manifestRecordsTheUserDefinitionWithItsSha256() throws Exception {
    JsonNode m = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
    byte[] file = Files.readAllBytes(study.resolve("scales/bdi2.yaml"));

    assertThat(m.path("config").path("scale_files").toString()).isEqualTo("[\"scales/bdi2.yaml\"]");
    assertThat(m.path("config").path("scales").path("BDI2").path("remission_max").asDouble())
        .isEqualTo(13.0);
    JsonNode bdi = null;
    for (JsonNode s : m.path("scale_definitions")) {
      if (s.path("id").asText().equals("BDI2")) {
        bdi = s;
      }
    }
    assertThat(bdi).as("scale_definitions has BDI2").isNotNull();
    assertThat(bdi.path("origin").asText()).isEqualTo("scale_files");
    assertThat(bdi.path("file").asText()).endsWith("bdi2-study/scales/bdi2.yaml");
    assertThat(bdi.path("overrides_shipped").asBoolean()).isFalse();
    assertThat(bdi.path("sha256").asText()).isEqualTo(ScaleSource.sha256(file));
    assertThat(bdi.path("definition").path("items")).hasSize(21);
    assertThat(bdi.path("definition").path("defaults").path("remission_max").asInt()).isEqualTo(13);
    // the shipped scales are listed too, with their own digests
    assertThat(m.path("scale_definitions").findValuesAsText("id")).contains("MADRS", "HAMD17");
    assertThat(m.path("versions").path("scales").path("BDI2").asText()).isEqualTo("1.0-example");
    // the definitions and the config are not inputs
    assertThat(m.path("inputs")).hasSize(3);
  }

  @Test
  void reportListsTheUserDefinitionWithItsSha256() throws Exception {
    String html = Files.readString(out.resolve("reports/report.html"));
    String sha = ScaleSource.sha256(Files.readAllBytes(study.resolve("scales/bdi2.yaml")));

    assertThat(html)
        .contains("Scale definitions")
        .contains("Beck Depression Inventory-II")
        .contains(sha)
        .contains("bdi2-study/scales/bdi2.yaml")
        .contains("Remission, BDI2");
  }

  @Test
  void scaleFilesInTheInputTreeAreSkippedNotRead() {
    Result r =
        cli(
            "validate",
            "--input",
            study.toString(),
            "--config",
            study.resolve("outcomes.yaml").toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("scales/bdi2.yaml  (a scale definition file (scale_files))")
        .contains("outcomes.yaml  (the run configuration file)");
  }

  @Test
  void invalidScaleFileExitsTwoNamingFileAndKey() throws Exception {
    Path config = tmp.resolve("bad-scale/outcomes.yaml");
    Files.createDirectories(config.getParent().resolve("scales"));
    Files.writeString(config, "scale_files: [scales/bdi2.yaml]\n");
    Files.writeString(
        config.getParent().resolve("scales/bdi2.yaml"),
        Files.readString(study.resolve("scales/bdi2.yaml"))
            .replace("remission_max: 13", "remission_max: 70"));

    Result r =
        cli(
            "run",
            "--input",
            study.resolve("data").toString(),
            "--output",
            tmp.resolve("never").toString(),
            "--config",
            config.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("bad-scale/scales/bdi2.yaml: 'defaults.remission_max': must be between 0 and 63")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void missingScaleFileExitsTwoNamingTheConfigKey() throws Exception {
    Path config = tmp.resolve("missing-scale.yaml");
    Files.writeString(config, "scale_files: [nowhere/bdi2.yaml]\n");

    Result r =
        cli("validate", "--input", study.resolve("data").toString(), "--config", config.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("missing-scale.yaml: 'scale_files[0]': scale definition file ")
        .contains("nowhere/bdi2.yaml not found")
        .doesNotContain("\tat ");
  }

  @Test
  void derivingUserScaleDataWithoutItsConfigSaysWhatIsMissing() throws Exception {
    // a copy: a stage run on its own rewrites the manifest of the output it is given
    Path copy = tmp.resolve("derive-without-config");
    copyTree(out, copy);
    Result r = cli("derive", "--output", copy.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains(
            "normalized/assessments: 'scale': holds scale(s) BDI2 that this run does not know")
        .contains("--config")
        .doesNotContain("\tat ");
  }
}
