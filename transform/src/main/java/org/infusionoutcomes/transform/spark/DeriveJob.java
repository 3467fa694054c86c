package org.infusionoutcomes.transform.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.IngestJob;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.SubjectDerivation;
import org.infusionoutcomes.transform.derive.SubjectDeriver;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derive stage (SPEC §5): reads the canonical {@code assessments} and {@code infusions},
 * groups them by (study, subject), runs {@link SubjectDeriver} on each group and writes {@code
 * courses}, {@code visit_outcomes}, {@code course_outcomes} and {@code tte} under {@code
 * <out>/derived/}. Row-level data stays on the executors.
 */
public final class DeriveJob {
  private static final Logger LOG = LoggerFactory.getLogger(DeriveJob.class);

  public static final String COURSES = "courses";
  public static final String VISIT_OUTCOMES = "visit_outcomes";
  public static final String COURSE_OUTCOMES = "course_outcomes";
  public static final String TTE = "tte";

  private static final RecordRowCodec<Assessment> ASSESSMENT = RecordRowCodec.of(Assessment.class);
  private static final RecordRowCodec<Infusion> INFUSION = RecordRowCodec.of(Infusion.class);
  private static final RecordRowCodec<DeriveInput> INPUT = RecordRowCodec.of(DeriveInput.class);
  private static final RecordRowCodec<DerivedRecord> DERIVED = RecordRowCodec.of(DerivedRecord.class);

  private DeriveJob() {}

  /** The folder of a derived table. */
  public static String tablePath(String outputDir, String table) {
    return new Path(new Path(outputDir, "derived"), table).toString();
  }

  /** The folder of a canonical table. */
  public static String normalizedPath(String outputDir, String table) {
    return new Path(new Path(outputDir, "normalized"), table).toString();
  }

  /**
   * Runs the derive stage on an output directory that holds the canonical tables.
   *
   * @return rows written per derived table
   */
  public static Map<String, Long> run(SparkSession spark, String outputDir, OutcomesConfig config, ScaleRegistry registry) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Dataset<Row> assessments = read(spark, normalizedPath(outputDir, IngestJob.ASSESSMENTS), ASSESSMENT);
    Dataset<Row> infusions = read(spark, normalizedPath(outputDir, IngestJob.INFUSIONS), INFUSION);
    JavaRDD<Row> inputs =
        assessments.javaRDD()
            .map(r -> {
              Assessment a = ASSESSMENT.fromRow(r);
              return INPUT.toRow(new DeriveInput(a.studyId(), a.subjectId(), a, null));
            })
            .union(
                infusions.javaRDD()
                    .map(r -> {
                      Infusion i = INFUSION.fromRow(r);
                      return INPUT.toRow(new DeriveInput(i.studyId(), i.subjectId(), null, i));
                    }));
    SubjectDeriver deriver = new SubjectDeriver(config, registry);
    Dataset<Row> derived =
        spark.createDataFrame(inputs, INPUT.schema())
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + '\u0000' + r.getString(1), Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> deriveSubject(deriver, rows),
                Encoders.row(DERIVED.schema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      LOG.info("derive: deriving courses, baselines, endpoints and time-to-event rows");
      Map<String, Long> written = new LinkedHashMap<>();
      written.put(COURSES, ParquetTables.write(payload(derived, "course"), tablePath(outputDir, COURSES),
          "study_id", "subject_id", "course_number"));
      written.put(VISIT_OUTCOMES, ParquetTables.write(payload(derived, "visit_outcome"), tablePath(outputDir, VISIT_OUTCOMES),
          "study_id", "subject_id", "course_number", "scale", "day", "assessment_time", "source_file", "source_line"));
      written.put(COURSE_OUTCOMES, ParquetTables.write(payload(derived, "course_outcome"), tablePath(outputDir, COURSE_OUTCOMES),
          "study_id", "subject_id", "course_number", "scale"));
      written.put(TTE, ParquetTables.write(payload(derived, "tte"), tablePath(outputDir, TTE),
          "study_id", "subject_id", "course_number", "scale", "endpoint", "relapse_rule"));
      LOG.info("derive: {} course(s), {} course outcome(s), {} time-to-event row(s)",
          written.get(COURSES), written.get(COURSE_OUTCOMES), written.get(TTE));
      return written;
    } finally {
      derived.unpersist();
    }
  }

  /** Reads a table written by an earlier stage with the columns of {@code codec}, in its order. */
  public static Dataset<Row> read(SparkSession spark, String path, RecordRowCodec<?> codec) {
    Column[] cols = Arrays.stream(codec.schema().fieldNames()).map(functions::col).toArray(Column[]::new);
    return spark.read().parquet(path).select(cols);
  }

  private static Dataset<Row> payload(Dataset<Row> derived, String kind) {
    return derived.filter(col("kind").equalTo(kind)).select(col(kind + ".*"));
  }

  private static Iterator<Row> deriveSubject(SubjectDeriver deriver, Iterator<Row> rows) {
    List<Assessment> assessments = new ArrayList<>();
    List<Infusion> infusions = new ArrayList<>();
    while (rows.hasNext()) {
      DeriveInput in = INPUT.fromRow(rows.next());
      if (in.assessment() != null) {
        assessments.add(in.assessment());
      } else {
        infusions.add(in.infusion());
      }
    }
    SubjectDerivation d = deriver.derive(assessments, infusions);
    List<Row> out = new ArrayList<>();
    for (Course c : d.courses()) {
      out.add(DERIVED.toRow(new DerivedRecord("course", c, null, null, null)));
    }
    for (VisitOutcome v : d.visitOutcomes()) {
      out.add(DERIVED.toRow(new DerivedRecord("visit_outcome", null, v, null, null)));
    }
    for (CourseOutcome c : d.courseOutcomes()) {
      out.add(DERIVED.toRow(new DerivedRecord("course_outcome", null, null, c, null)));
    }
    for (TteRecord t : d.tte()) {
      out.add(DERIVED.toRow(new DerivedRecord("tte", null, null, null, t)));
    }
    return out.iterator();
  }
}
