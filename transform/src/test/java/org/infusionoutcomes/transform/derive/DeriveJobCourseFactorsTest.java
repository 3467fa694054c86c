package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.infusionoutcomes.transform.spark.DeriveJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derive job writes {@code course_factors} from the subjects table and, read by column name,
 * in-memory {@code medications} and {@code vital_signs} tables (docs/definitions.md).
 */
class DeriveJobCourseFactorsTest {

  private static String iso(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  @Test
  void courseFactorsComeFromSubjectsMedicationsAndVitalSigns(@TempDir Path dir) {
    SparkSession spark = SharedSpark.get();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    OutputLayout layout = OutputLayout.of(dir.toString());

    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 30);
    s.madrs(105, 14);
    s.phq9(99, 20);
    s.phq9(105, 4);
    RecordRowCodec<Assessment> assessments = RecordRowCodec.of(Assessment.class);
    RecordRowCodec<Infusion> infusions = RecordRowCodec.of(Infusion.class);
    RecordRowCodec<Subject> subjects = RecordRowCodec.of(Subject.class);
    assessments
        .toDataFrame(spark, jsc.parallelize(s.assessments()))
        .write()
        .parquet(layout.normalized(OutputLayout.ASSESSMENTS));
    infusions
        .toDataFrame(spark, jsc.parallelize(s.infusions()))
        .write()
        .parquet(layout.normalized(OutputLayout.INFUSIONS));
    subjects
        .toDataFrame(
            spark,
            jsc.parallelize(
                List.of(
                    new Subject(
                        SubjectFixture.STUDY,
                        SubjectFixture.SUBJECT,
                        SubjectFixture.SITE,
                        "F",
                        35,
                        "ketamine",
                        null,
                        TimeAxis.DATE))))
        .write()
        .parquet(layout.normalized(OutputLayout.SUBJECTS));

    // Medications without decod, end_day or start_day columns: read by name, absent ones null.
    // A partial end date (the month) reaches the course; sertraline is not a benzodiazepine.
    StructType meds =
        new StructType()
            .add("study_id", DataTypes.StringType)
            .add("subject_id", DataTypes.StringType)
            .add("drug", DataTypes.StringType)
            .add("start_date", DataTypes.StringType)
            .add("end_date", DataTypes.StringType)
            .add("ongoing", DataTypes.BooleanType);
    String month = iso(100).substring(0, 7);
    Dataset<Row> medications =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    SubjectFixture.STUDY,
                    SubjectFixture.SUBJECT,
                    "Ativan (lorazepam)",
                    iso(40),
                    month,
                    false),
                RowFactory.create(
                    SubjectFixture.STUDY,
                    SubjectFixture.SUBJECT,
                    "sertraline",
                    iso(10),
                    null,
                    true)),
            meds);
    medications.write().parquet(layout.normalized(OutputLayout.MEDICATIONS));

    StructType vitals =
        new StructType()
            .add("study_id", DataTypes.StringType)
            .add("subject_id", DataTypes.StringType)
            .add("test", DataTypes.StringType)
            .add("value", DataTypes.DoubleType)
            .add("day", DataTypes.IntegerType)
            .add("unit", DataTypes.StringType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    SubjectFixture.STUDY, SubjectFixture.SUBJECT, "WEIGHT", 81.0, 95, "kg"),
                RowFactory.create(
                    SubjectFixture.STUDY, SubjectFixture.SUBJECT, "HEIGHT", 180.0, -200, "cm"),
                RowFactory.create(
                    SubjectFixture.STUDY, SubjectFixture.SUBJECT, "PULSE", 70.0, 100, "bpm")),
            vitals)
        .write()
        .parquet(layout.normalized(OutputLayout.VITAL_SIGNS));

    DeriveJob.run(
        spark,
        dir.toString(),
        SubjectFixture.defaults(),
        FactorSettings.defaults(),
        SubjectFixture.REGISTRY);

    List<Row> rows =
        spark
            .read()
            .parquet(layout.derived(OutputLayout.COURSE_FACTORS))
            .orderBy("scale")
            .collectAsList();
    assertThat(rows)
        .extracting(
            r -> r.getAs("scale"),
            r -> r.getAs("sex"),
            r -> r.getAs("age_band"),
            r -> r.getAs("dose_band"),
            r -> r.getAs("titrated"),
            r -> r.getAs("n_infusions"),
            r -> r.getAs("baseline_severity"),
            r -> r.getAs("benzodiazepine"),
            r -> r.getAs("bmi_band"),
            r -> r.getAs("site_id"),
            r -> r.getAs("arm"))
        .containsExactly(
            tuple(
                "MADRS",
                "F",
                "35-49",
                "0.5-<0.75",
                "no",
                "3",
                "moderate",
                "yes",
                "25-<30",
                SubjectFixture.SITE,
                "ketamine"),
            tuple(
                "PHQ9",
                "F",
                "35-49",
                "0.5-<0.75",
                "no",
                "3",
                "severe",
                "yes",
                "25-<30",
                SubjectFixture.SITE,
                "ketamine"));
    assertThat((Double) rows.get(0).getAs("bmi")).isEqualTo(81.0 / (1.8 * 1.8));
  }
}
