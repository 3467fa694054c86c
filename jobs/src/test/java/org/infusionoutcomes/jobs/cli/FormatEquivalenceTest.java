package org.infusionoutcomes.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.generate.StudyWriters;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same synthetic study written in every input format and run through the whole pipeline gives
 * the same canonical tables (on the fields the format carries) and byte-identical report tables as
 * its generic-CSV version (issue 4).
 */
class FormatEquivalenceTest {
  @TempDir static Path tmp;
  private static SyntheticStudy study;
  private static Path genericOut;

  private static final List<String> REPORTS =
      List.of(
          "response_remission.csv",
          "durability_summary.csv",
          "durability_km.csv",
          "time_to_response_summary.csv",
          "logrank.csv",
          "trajectory.csv");

  /** Columns every format carries; source pointers and study days differ by design. */
  private static final String[] ASSESSMENT_COLUMNS = {
    "study_id",
    "subject_id",
    "scale",
    "scale_version",
    "assessment_date",
    "day",
    "time_axis",
    "assessment_time",
    "visit",
    "items",
    "items_answered",
    "total_score",
    "total_source",
    "reported_total",
    "suicidality_flag",
    "severity"
  };

  private static final String[] INFUSION_COLUMNS = {
    "study_id",
    "subject_id",
    "infusion_date",
    "day",
    "infusion_time",
    "dose_mg_per_kg",
    "dose_mg",
    "course_label"
  };

  private static Path run(String format) throws Exception {
    StudyWriter writer = StudyWriters.forFormat(format, ScaleRegistry.shipped());
    // The study's folder is named after it: FHIR takes its study id from the folder.
    Path in = tmp.resolve("in-" + format).resolve(study.studyId());
    writer.write(writer.carriesReferenceDate() ? study : study.withoutReferenceDates(), in);
    Path out = tmp.resolve("out-" + format);
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "run",
            "--input",
            in.getParent().toString(),
            "--output",
            out.toString(),
            "--quiet");
    assertThat(exit).as(format + ": " + err).isEqualTo(ExitCodes.OK);
    return out;
  }

  @BeforeAll
  static void generateAndRunGeneric() throws Exception {
    SharedSpark.get();
    study =
        StudyGenerator.generate(
            new StudyGenerator.Options("EQ-01", 10, 7, LocalDate.of(2024, 3, 4), 1),
            ScaleRegistry.shipped());
    genericOut = run("generic");
  }

  private static List<Row> rows(Path out, String table, String... columns) {
    SparkSession spark = SharedSpark.get();
    return spark
        .read()
        .parquet(out.resolve(table).toString())
        .select(Arrays.stream(columns).map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .orderBy(columns[0], Arrays.copyOfRange(columns, 1, columns.length))
        .collectAsList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sdtm", "sdtm-xpt", "redcap", "fhir", "mapped"})
  void sameStudyInEveryFormatGivesTheSameTablesAndReportNumbers(String format) throws Exception {
    Path out = run(format);
    assertThat(rows(out, "normalized/assessments", ASSESSMENT_COLUMNS))
        .as(format + " assessments")
        .isNotEmpty()
        .containsExactlyElementsOf(rows(genericOut, "normalized/assessments", ASSESSMENT_COLUMNS));
    assertThat(rows(out, "normalized/infusions", INFUSION_COLUMNS))
        .as(format + " infusions")
        .isNotEmpty()
        .containsExactlyElementsOf(rows(genericOut, "normalized/infusions", INFUSION_COLUMNS));
    assertThat(rows(out, "normalized/subjects", "study_id", "subject_id", "sex"))
        .as(format + " subjects")
        .containsExactlyElementsOf(
            rows(genericOut, "normalized/subjects", "study_id", "subject_id", "sex"));
    assertThat(rows(out, "normalized/rejects", "rule_id")).as(format + " rejects").isEmpty();
    for (String report : REPORTS) {
      assertThat(Files.readString(out.resolve("reports").resolve(report)))
          .as(format + " " + report)
          .isEqualTo(Files.readString(genericOut.resolve("reports").resolve(report)));
    }
  }
}
