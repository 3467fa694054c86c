package org.infusionoutcomes.analysis.spark;

import static org.infusionoutcomes.transform.spark.DerivedCodecs.AE_COURSE;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.COURSE;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.INFUSION_SAFETY;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.READING;
import static org.infusionoutcomes.transform.spark.DerivedCodecs.SUICIDALITY;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.analysis.safety.SafetySummaries;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.infusionoutcomes.transform.safety.InfusionSafetyRule;
import org.infusionoutcomes.transform.safety.Placement;
import org.infusionoutcomes.transform.safety.SafetyReading;
import org.infusionoutcomes.transform.spark.StageTables;
import scala.Tuple2;

/**
 * The safety report tables (docs/report.md, "Safety") from the derived safety tables. Each derived
 * row is counted under its own study and under the pooled {@code ALL} (and, for the per-infusion
 * tables, under its infusion number and under {@code ALL}); Spark groups, {@link SafetySummaries}
 * computes each group on the executors and only the report rows come back. A derived safety table
 * that is absent (an output derived before the safety tables existed) reads as empty; without a
 * canonical {@code adverse_events} table there are no adverse-event rows.
 */
public final class SafetyAnalysisJob {
  /**
   * A report group: its study (or the pooled {@code ALL}), then what the table groups by within it
   * (the test or scale as {@code name}, the course number or the minute bin as {@code number}, the
   * infusion number or {@code ALL} as {@code infusion}); a part the table does not group by is null
   * or 0.
   */
  record GroupKey(String studyId, String name, int number, String infusion)
      implements Serializable {}

  private SafetyAnalysisJob() {}

  /** Computes the six safety tables of an output directory. */
  public static SafetyTables run(SparkSession spark, String outputDir) {
    OutputLayout layout = OutputLayout.of(outputDir);
    JavaRDD<InfusionSafety> infusions =
        read(spark, layout.derived(OutputLayout.INFUSION_SAFETY), INFUSION_SAFETY);
    JavaRDD<SafetyReading> readings =
        read(spark, layout.derived(OutputLayout.SAFETY_READINGS), READING);
    JavaRDD<CourseSuicidality> suicidality =
        read(spark, layout.derived(OutputLayout.COURSE_SAFETY), SUICIDALITY);
    boolean aeData = exists(spark, layout.normalized(OutputLayout.ADVERSE_EVENTS));
    JavaRDD<AdverseEventCourse> aes =
        aeData
            ? read(spark, layout.derived(OutputLayout.ADVERSE_EVENT_COURSES), AE_COURSE)
            : empty(spark);
    JavaRDD<Course> courses =
        aeData ? read(spark, layout.derived(OutputLayout.COURSES), COURSE) : empty(spark);

    List<VitalSignsRow> vitals =
        summarise(
            byKeys(
                infusions.filter(
                    r -> !InfusionSafetyRule.CADSS.equals(r.test()) && r.peak() != null),
                r -> perInfusion(keys(r.studyId(), r.test(), r.courseNumber()), r.infusionNumber()),
                r -> r),
            (k, g) ->
                SafetySummaries.vitalSigns(k.studyId(), k.name(), k.number(), k.infusion(), g));
    vitals.sort(
        Comparator.comparing(VitalSignsRow::studyId, ReportOrder.STUDY)
            .thenComparing(VitalSignsRow::test)
            .thenComparingInt(VitalSignsRow::courseNumber)
            .thenComparing(VitalSignsRow::infusionNumber, SafetyAnalysisJob::numberOrder));

    List<VitalSignsTimecourseRow> timecourse =
        summarise(
            byKeys(
                readings.filter(
                    r ->
                        Placement.PLACED.equals(r.placement())
                            && !InfusionSafetyRule.CADSS.equals(r.test())),
                r -> keys(r.studyId(), r.test(), SafetySummaries.bin(r.minutesFromStart())),
                SafetyReading::value),
            (k, g) -> SafetySummaries.timecourse(k.studyId(), k.name(), k.number(), g));
    timecourse.sort(
        Comparator.comparing(VitalSignsTimecourseRow::studyId, ReportOrder.STUDY)
            .thenComparing(VitalSignsTimecourseRow::test)
            .thenComparingInt(VitalSignsTimecourseRow::minutes));

    List<DissociationRow> dissociation =
        summarise(
            byKeys(
                infusions.filter(
                    r -> InfusionSafetyRule.CADSS.equals(r.test()) && r.peak() != null),
                r -> perInfusion(keys(r.studyId(), null, r.courseNumber()), r.infusionNumber()),
                r -> r),
            (k, g) -> SafetySummaries.dissociation(k.studyId(), k.number(), k.infusion(), g));
    dissociation.sort(
        Comparator.comparing(DissociationRow::studyId, ReportOrder.STUDY)
            .thenComparingInt(DissociationRow::courseNumber)
            .thenComparing(DissociationRow::infusionNumber, SafetyAnalysisJob::numberOrder));

    List<AdverseEventRow> adverseEvents = adverseEvents(courses, aes);
    List<SuicidalityShiftRow> shift = new ArrayList<>();
    List<SuicidalitySummaryRow> summary = new ArrayList<>();
    suicidalityGroups(suicidality)
        .forEach(
            g -> {
              GroupKey k = g._1();
              shift.addAll(SafetySummaries.shift(k.studyId(), k.name(), k.number(), g._2()));
              summary.add(
                  SafetySummaries.suicidalitySummary(k.studyId(), k.name(), k.number(), g._2()));
            });
    shift.sort(
        Comparator.comparing(SuicidalityShiftRow::studyId, ReportOrder.STUDY)
            .thenComparing(SuicidalityShiftRow::scale)
            .thenComparingInt(SuicidalityShiftRow::courseNumber)
            .thenComparing(SuicidalityShiftRow::baselineCategory)
            .thenComparing(SuicidalityShiftRow::worstCategory));
    summary.sort(
        Comparator.comparing(SuicidalitySummaryRow::studyId, ReportOrder.STUDY)
            .thenComparing(SuicidalitySummaryRow::scale)
            .thenComparingInt(SuicidalitySummaryRow::courseNumber));
    return new SafetyTables(vitals, timecourse, dissociation, adverseEvents, shift, summary);
  }

  private static List<Tuple2<GroupKey, List<CourseSuicidality>>> suicidalityGroups(
      JavaRDD<CourseSuicidality> rows) {
    return byKeys(rows, r -> keys(r.studyId(), r.scale(), r.courseNumber()), r -> r)
        .groupByKey()
        .mapValues(SafetyAnalysisJob::list)
        .collect();
  }

  private static List<AdverseEventRow> adverseEvents(
      JavaRDD<Course> courses, JavaRDD<AdverseEventCourse> aes) {
    JavaPairRDD<GroupKey, Integer> treated =
        byKeys(
                courses,
                c -> keys(c.studyId(), null, c.courseNumber()),
                c -> new Tuple2<>(c.studyId(), c.subjectId()))
            .distinct()
            .mapValues(s -> 1)
            .reduceByKey(Integer::sum);
    JavaPairRDD<GroupKey, AdverseEventCourse> teaes =
        byKeys(
            aes.filter(e -> AdverseEventCourse.TEAE.equals(e.status())),
            e -> keys(e.studyId(), null, e.courseNumber()),
            e -> e);
    List<AdverseEventRow> out =
        new ArrayList<>(
            treated
                .leftOuterJoin(teaes.groupByKey())
                .flatMap(
                    g -> {
                      List<AdverseEventCourse> events =
                          g._2()._2().isPresent() ? list(g._2()._2().get()) : List.of();
                      return SafetySummaries.adverseEvents(
                              g._1().studyId(), g._1().number(), g._2()._1(), events)
                          .iterator();
                    })
                .collect());
    List<String> overall =
        List.of(SafetySummaries.ANY, SafetySummaries.SERIOUS, SafetySummaries.SEVERE);
    out.sort(
        Comparator.comparing(AdverseEventRow::studyId, ReportOrder.STUDY)
            .thenComparingInt(AdverseEventRow::courseNumber)
            .thenComparing(r -> SafetySummaries.ALL.equals(r.bodySystem()) ? 1 : 0)
            .thenComparing(AdverseEventRow::bodySystem)
            .thenComparing(
                r ->
                    SafetySummaries.ALL.equals(r.bodySystem())
                        ? String.valueOf(overall.indexOf(r.preferredTerm()))
                        : r.preferredTerm()));
    return out;
  }

  /** Numbers ascending, then {@code ALL}. */
  private static int numberOrder(String a, String b) {
    boolean aAll = ReportOrder.ALL.equals(a);
    boolean bAll = ReportOrder.ALL.equals(b);
    if (aAll || bAll) {
      return Boolean.compare(aAll, bAll);
    }
    return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
  }

  /**
   * The report keys of a row of {@code studyId}: under its own study and under the pooled {@code
   * ALL}.
   */
  private static List<GroupKey> keys(String studyId, String name, int number) {
    return List.of(
        new GroupKey(studyId, name, number, null),
        new GroupKey(ReportOrder.ALL, name, number, null));
  }

  /** Each of {@code keys} under the infusion number and under {@code ALL}. */
  private static List<GroupKey> perInfusion(List<GroupKey> keys, int infusionNumber) {
    List<GroupKey> out = new ArrayList<>();
    for (GroupKey key : keys) {
      for (String n : List.of(String.valueOf(infusionNumber), ReportOrder.ALL)) {
        out.add(new GroupKey(key.studyId(), key.name(), key.number(), n));
      }
    }
    return out;
  }

  /** {@code value} of each row under each of its {@code keys}. */
  private static <T, V> JavaPairRDD<GroupKey, V> byKeys(
      JavaRDD<T> rows, Function<T, List<GroupKey>> keys, Function<T, V> value) {
    return rows.flatMapToPair(
        r -> {
          V v = value.call(r);
          List<Tuple2<GroupKey, V>> out = new ArrayList<>();
          for (GroupKey key : keys.call(r)) {
            out.add(new Tuple2<>(key, v));
          }
          return out.iterator();
        });
  }

  /**
   * Groups by key in Spark and makes each group's report row on the executors from the key and the
   * group's values; only the report rows come back.
   */
  private static <V, R> List<R> summarise(
      JavaPairRDD<GroupKey, V> keyed, Function2<GroupKey, List<V>, R> summary) {
    return new ArrayList<>(
        keyed.groupByKey().map(g -> summary.call(g._1(), list(g._2()))).collect());
  }

  private static <T> List<T> list(Iterable<T> values) {
    List<T> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }

  private static <T extends Record> JavaRDD<T> read(
      SparkSession spark, String path, RecordRowCodec<T> codec) {
    if (!exists(spark, path)) {
      return empty(spark);
    }
    return StageTables.read(spark, path, codec).javaRDD().map(codec::fromRow);
  }

  private static <T> JavaRDD<T> empty(SparkSession spark) {
    return new JavaSparkContext(spark.sparkContext()).emptyRDD();
  }

  /** Whether a table exists at {@code path} (for the other analysis jobs). */
  static boolean exists(SparkSession spark, String path) {
    return StageTables.exists(spark, path);
  }
}
