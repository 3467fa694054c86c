package org.infusionoutcomes.transform.spark;

import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.ADVERSE_EVENT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.ASSESSMENT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.INFUSION;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.VITAL_SIGN;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.AE_COURSE;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.COURSE;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.INFUSION_SAFETY;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.OUTCOME;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.READING;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.SUICIDALITY;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.VISIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.CachedTables;
import org.infusionoutcomes.ingest.spark.CachedTables.Table;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CadssRating;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.infusionoutcomes.transform.safety.InfusionSafetyRule;
import org.infusionoutcomes.transform.safety.SafetyReading;
import org.infusionoutcomes.transform.safety.SubjectSafety;
import org.infusionoutcomes.transform.safety.SubjectSafetyDeriver;
import org.infusionoutcomes.transform.safety.SuicidalityRule;
import org.infusionoutcomes.transform.settings.SafetySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety derivations (docs/definitions.md, "Safety monitoring"), run after {@link DeriveJob}:
 * reads the canonical infusions, assessments (CADSS, MADRS, PHQ-9), {@code vital_signs} and {@code
 * adverse_events}, and the derived courses, visit outcomes and course outcomes; groups them by
 * (study, subject); runs {@link SubjectSafetyDeriver} on each group and writes {@code
 * infusion_safety}, {@code safety_readings}, {@code adverse_event_courses} and {@code
 * course_safety}. A missing {@code vital_signs} or {@code adverse_events} table (older outputs,
 * runs without safety data) reads as empty, and so do its derived tables.
 */
public final class SafetyJob {
  private static final RecordRowCodec<CadssRating> CADSS = RecordRowCodec.of(CadssRating.class);
  private static final Logger LOG = LoggerFactory.getLogger(SafetyJob.class);
  private static final RecordRowCodec<SafetyInput> INPUT = RecordRowCodec.exact(SafetyInput.class);

  private SafetyJob() {}

  /**
   * Runs the safety derivations on an output directory that holds the canonical and derived tables.
   *
   * @return rows written per derived table
   */
  public static Map<String, Long> run(
      SparkSession spark, String outputDir, SafetySettings settings) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> assessments =
        ParquetTables.read(spark, layout.normalized(OutputLayout.ASSESSMENTS));
    List<JavaRDD<SafetyInput>> parts = new ArrayList<>();
    parts.add(
        rows(
            StageTables.read(spark, layout.normalized(OutputLayout.INFUSIONS), INFUSION),
            INFUSION));
    parts.add(rows(StageTables.read(spark, layout.derived(OutputLayout.COURSES), COURSE), COURSE));
    parts.add(
        rows(StageTables.read(spark, layout.derived(OutputLayout.VISIT_OUTCOMES), VISIT), VISIT));
    parts.add(
        rows(
            StageTables.read(spark, layout.derived(OutputLayout.COURSE_OUTCOMES), OUTCOME),
            OUTCOME));
    Column suicidalityScale = functions.col("scale").isin(SuicidalityRule.ITEM.keySet().toArray());
    parts.add(
        rows(
            assessments.filter(suicidalityScale).select(StageTables.columns(ASSESSMENT)),
            ASSESSMENT));
    Dataset<Row> cadss =
        assessments
            .filter(functions.col("scale").equalTo(InfusionSafetyRule.CADSS))
            .withColumnRenamed("assessment_time", "time")
            .withColumnRenamed("total_score", "total");
    parts.add(rows(lenient(cadss, CADSS), CADSS));
    String vitals = layout.normalized(OutputLayout.VITAL_SIGNS);
    if (StageTables.exists(spark, vitals)) {
      parts.add(rows(lenient(ParquetTables.read(spark, vitals), VITAL_SIGN), VITAL_SIGN));
    } else {
      LOG.info("derive: no {} table; the safety tables have no vital signs", vitals);
    }
    String aes = layout.normalized(OutputLayout.ADVERSE_EVENTS);
    if (StageTables.exists(spark, aes)) {
      parts.add(rows(lenient(ParquetTables.read(spark, aes), ADVERSE_EVENT), ADVERSE_EVENT));
    } else {
      LOG.info("derive: no {} table; the safety tables have no adverse events", aes);
    }
    JavaRDD<SafetyInput> inputs =
        new JavaSparkContext(spark.sparkContext()).union(parts.toArray(JavaRDD[]::new));
    SubjectSafetyDeriver deriver = new SubjectSafetyDeriver(settings);
    try (CachedTables tables =
        CachedTables.ofRecordGroups(
            spark,
            inputs,
            INPUT,
            SafetyJob::key,
            group -> deriveSubject(deriver, group),
            new Table<SubjectSafety, InfusionSafety>(
                OutputLayout.INFUSION_SAFETY, INFUSION_SAFETY, d -> d.infusionSafety().iterator()),
            new Table<SubjectSafety, SafetyReading>(
                OutputLayout.SAFETY_READINGS, READING, d -> d.readings().iterator()),
            new Table<SubjectSafety, AdverseEventCourse>(
                OutputLayout.ADVERSE_EVENT_COURSES, AE_COURSE, d -> d.adverseEvents().iterator()),
            new Table<SubjectSafety, CourseSuicidality>(
                OutputLayout.COURSE_SAFETY, SUICIDALITY, d -> d.suicidality().iterator()))) {
      return StageTables.writeDerived(
          tables,
          layout,
          LOG,
          "derive: placing vital signs and CADSS, assigning adverse events to courses",
          "derive: {} infusion x test row(s), {} adverse event(s), {} suicidality row(s)",
          OutputLayout.INFUSION_SAFETY,
          OutputLayout.ADVERSE_EVENT_COURSES,
          OutputLayout.COURSE_SAFETY);
    }
  }

  /**
   * The columns of {@code codec} from a table written by another stage: each cast to the codec's
   * type, a column the table lacks (an optional column of an older output) read as null.
   */
  static Dataset<Row> lenient(Dataset<Row> table, RecordRowCodec<?> codec) {
    List<String> present = List.of(table.columns());
    List<Column> cols = new ArrayList<>();
    for (StructField f : codec.schema().fields()) {
      Column c =
          present.contains(f.name())
              ? functions.col(f.name()).cast(f.dataType())
              : functions.lit(null).cast(f.dataType());
      cols.add(c.as(f.name()));
    }
    return table.select(cols.toArray(Column[]::new));
  }

  private static <T extends Record> JavaRDD<SafetyInput> rows(
      Dataset<Row> table, RecordRowCodec<T> codec) {
    return table.javaRDD().map(r -> SafetyInput.of(codec.fromRow(r)));
  }

  private static String key(SafetyInput in) {
    String study;
    String subject;
    if (in.infusion() != null) {
      study = in.infusion().studyId();
      subject = in.infusion().subjectId();
    } else if (in.course() != null) {
      study = in.course().studyId();
      subject = in.course().subjectId();
    } else if (in.vital() != null) {
      study = in.vital().studyId();
      subject = in.vital().subjectId();
    } else if (in.cadss() != null) {
      study = in.cadss().studyId();
      subject = in.cadss().subjectId();
    } else if (in.adverseEvent() != null) {
      study = in.adverseEvent().studyId();
      subject = in.adverseEvent().subjectId();
    } else if (in.scaleAssessment() != null) {
      study = in.scaleAssessment().studyId();
      subject = in.scaleAssessment().subjectId();
    } else if (in.visit() != null) {
      study = in.visit().studyId();
      subject = in.visit().subjectId();
    } else {
      study = in.outcome().studyId();
      subject = in.outcome().subjectId();
    }
    return study + '\u0000' + subject;
  }

  private static SubjectSafety deriveSubject(
      SubjectSafetyDeriver deriver, Iterable<SafetyInput> rows) {
    List<Infusion> infusions = new ArrayList<>();
    List<Course> courses = new ArrayList<>();
    List<VitalSign> vitals = new ArrayList<>();
    List<CadssRating> cadss = new ArrayList<>();
    List<AdverseEvent> aes = new ArrayList<>();
    List<Assessment> scores = new ArrayList<>();
    List<VisitOutcome> visits = new ArrayList<>();
    List<CourseOutcome> outcomes = new ArrayList<>();
    for (SafetyInput in : rows) {
      if (in.infusion() != null) {
        infusions.add(in.infusion());
      } else if (in.course() != null) {
        courses.add(in.course());
      } else if (in.vital() != null) {
        vitals.add(in.vital());
      } else if (in.cadss() != null) {
        cadss.add(in.cadss());
      } else if (in.adverseEvent() != null) {
        aes.add(in.adverseEvent());
      } else if (in.scaleAssessment() != null) {
        scores.add(in.scaleAssessment());
      } else if (in.visit() != null) {
        visits.add(in.visit());
      } else {
        outcomes.add(in.outcome());
      }
    }
    return deriver.derive(infusions, courses, vitals, cadss, aes, scores, visits, outcomes);
  }
}
