package org.infusionoutcomes.transform.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.SubjectDerivation;
import org.infusionoutcomes.transform.derive.SubjectDeriver;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The derive stage (SPEC §5): reads the canonical {@code assessments} and {@code infusions}, groups
 * them by (study, subject), runs {@link SubjectDeriver} on each group and writes {@code courses},
 * {@code visit_outcomes}, {@code course_outcomes} and {@code tte} under {@code <out>/derived/}.
 * Row-level data stays on the executors.
 */
public final class DeriveJob {
  private static final Logger LOG = LoggerFactory.getLogger(DeriveJob.class);

  private static final RecordRowCodec<Assessment> ASSESSMENT = RecordRowCodec.of(Assessment.class);
  private static final RecordRowCodec<Infusion> INFUSION = RecordRowCodec.of(Infusion.class);
  private static final RecordRowCodec<Course> COURSE = RecordRowCodec.of(Course.class);
  private static final RecordRowCodec<VisitOutcome> VISIT = RecordRowCodec.of(VisitOutcome.class);
  private static final RecordRowCodec<CourseOutcome> OUTCOME =
      RecordRowCodec.of(CourseOutcome.class);
  private static final RecordRowCodec<TteRecord> TTE_ROW = RecordRowCodec.of(TteRecord.class);

  private DeriveJob() {}

  /**
   * Runs the derive stage on an output directory that holds the canonical tables.
   *
   * @return rows written per derived table
   */
  public static Map<String, Long> run(
      SparkSession spark, String outputDir, DeriveSettings config, ScaleRegistry registry) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> assessments = read(spark, layout.normalized(OutputLayout.ASSESSMENTS), ASSESSMENT);
    Dataset<Row> infusions = read(spark, layout.normalized(OutputLayout.INFUSIONS), INFUSION);
    // Rows become records once, travel as Java objects through the grouping, and become rows again
    // only for the derived tables.
    JavaRDD<DeriveInput> inputs =
        assessments
            .javaRDD()
            .map(
                r -> {
                  Assessment a = ASSESSMENT.fromRow(r);
                  return new DeriveInput(a.studyId(), a.subjectId(), a, null);
                })
            .union(
                infusions
                    .javaRDD()
                    .map(
                        r -> {
                          Infusion i = INFUSION.fromRow(r);
                          return new DeriveInput(i.studyId(), i.subjectId(), null, i);
                        }));
    SubjectDeriver deriver = new SubjectDeriver(config, registry);
    JavaRDD<SubjectDerivation> derived =
        inputs
            .mapToPair(in -> new Tuple2<>(in.studyId() + '\u0000' + in.subjectId(), in))
            .groupByKey()
            .map(g -> deriveSubject(deriver, g._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      LOG.info("derive: deriving courses, baselines, endpoints and time-to-event rows");
      Map<String, Long> written = new LinkedHashMap<>();
      written.put(
          OutputLayout.COURSES,
          ParquetTables.write(
              COURSE.toDataFrame(spark, derived.flatMap(d -> d.courses().iterator())),
              layout.derived(OutputLayout.COURSES),
              "study_id",
              "subject_id",
              "course_number"));
      written.put(
          OutputLayout.VISIT_OUTCOMES,
          ParquetTables.write(
              VISIT.toDataFrame(spark, derived.flatMap(d -> d.visitOutcomes().iterator())),
              layout.derived(OutputLayout.VISIT_OUTCOMES),
              "study_id",
              "subject_id",
              "course_number",
              "scale",
              "day",
              "assessment_time",
              "source_file",
              "source_line"));
      written.put(
          OutputLayout.COURSE_OUTCOMES,
          ParquetTables.write(
              OUTCOME.toDataFrame(spark, derived.flatMap(d -> d.courseOutcomes().iterator())),
              layout.derived(OutputLayout.COURSE_OUTCOMES),
              "study_id",
              "subject_id",
              "course_number",
              "scale"));
      written.put(
          OutputLayout.TTE,
          ParquetTables.write(
              TTE_ROW.toDataFrame(spark, derived.flatMap(d -> d.tte().iterator())),
              layout.derived(OutputLayout.TTE),
              "study_id",
              "subject_id",
              "course_number",
              "scale",
              "endpoint",
              "relapse_rule"));
      LOG.info(
          "derive: {} course(s), {} course outcome(s), {} time-to-event row(s)",
          written.get(OutputLayout.COURSES),
          written.get(OutputLayout.COURSE_OUTCOMES),
          written.get(OutputLayout.TTE));
      return written;
    } finally {
      derived.unpersist();
    }
  }

  /** Reads a table written by an earlier stage with the columns of {@code codec}, in its order. */
  public static Dataset<Row> read(SparkSession spark, String path, RecordRowCodec<?> codec) {
    Column[] cols =
        Arrays.stream(codec.schema().fieldNames()).map(functions::col).toArray(Column[]::new);
    return spark.read().parquet(path).select(cols);
  }

  private static SubjectDerivation deriveSubject(
      SubjectDeriver deriver, Iterable<DeriveInput> rows) {
    List<Assessment> assessments = new ArrayList<>();
    List<Infusion> infusions = new ArrayList<>();
    for (DeriveInput in : rows) {
      if (in.assessment() != null) {
        assessments.add(in.assessment());
      } else {
        infusions.add(in.infusion());
      }
    }
    return deriver.derive(assessments, infusions);
  }
}
