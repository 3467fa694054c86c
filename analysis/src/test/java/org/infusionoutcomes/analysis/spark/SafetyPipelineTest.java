package org.infusionoutcomes.analysis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.QualityCheck;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.config.IngestSettings;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.ingest.spark.RejectRow;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.infusionoutcomes.transform.settings.SafetySettings;
import org.infusionoutcomes.transform.spark.DeriveJob;
import org.infusionoutcomes.transform.spark.SafetyJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derive and analyse a small hand-computed study through Spark: two subjects of study S1, canonical
 * tables written as ingest writes them, then DeriveJob, SafetyJob, SafetyAnalysisJob and the
 * quality checks. Subject A: infusions day 100 and 102 at 10:00; subject B: day 100 at 09:00.
 */
class SafetyPipelineTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();
  private static final double TOL = 1e-9;
  private static long line = 1;
  private static final Map<Boolean, String> OUTPUTS = new java.util.HashMap<>();

  @TempDir static Path dir;

  private static Infusion infusion(String subject, int day, String time) {
    return new Infusion(
        "S1",
        null,
        subject,
        LocalDate.ofEpochDay(day),
        null,
        day,
        TimeAxis.DATE,
        LocalTime.parse(time),
        0.5,
        null,
        "IV",
        "ketamine",
        null,
        "generic_csv",
        "ex.csv",
        line++);
  }

  private static VitalSign sbp(String subject, double v, int day, String time, Integer minutes) {
    return new VitalSign(
        "S1",
        null,
        subject,
        "SYSBP",
        v,
        "mmHg",
        LocalDate.ofEpochDay(day),
        null,
        day,
        time == null ? null : LocalTime.parse(time),
        minutes,
        "generic_csv",
        "vitals.csv",
        line++);
  }

  private static Assessment cadss(String subject, int day, double total) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      items.add(i < total ? 1 : 0);
    }
    return new Assessment(
        "S1",
        null,
        subject,
        "CADSS",
        "23-item 1.0",
        LocalDate.ofEpochDay(day),
        null,
        day,
        TimeAxis.DATE,
        null,
        null,
        items,
        23,
        total,
        Assessment.TOTAL_FROM_ITEMS,
        null,
        null,
        null,
        "generic_csv",
        "scores.csv",
        line++,
        List.of(line - 1),
        null);
  }

  private static AdverseEvent ae(String subject, String term, Integer day, String severity) {
    return new AdverseEvent(
        "S1",
        subject,
        term,
        null,
        null,
        severity,
        false,
        null,
        day == null ? null : LocalDate.ofEpochDay(day),
        null,
        null,
        "ae.csv",
        line++);
  }

  private static <T extends Record> void write(
      SparkSession spark, List<T> rows, Class<T> type, String path) {
    RecordRowCodec<T> codec = RecordRowCodec.of(type);
    codec
        .toDataFrame(spark, new JavaSparkContext(spark.sparkContext()).parallelize(rows, 1))
        .write()
        .parquet(path);
  }

  /** The output directory of the study with or without safety tables, derived once per JVM. */
  private static synchronized String out(boolean safetyData) {
    return OUTPUTS.computeIfAbsent(safetyData, SafetyPipelineTest::derive);
  }

  private static String derive(boolean safetyData) {
    SparkSession spark = SharedSpark.get();
    String out = dir.resolve(safetyData ? "with" : "without").toString();
    OutputLayout layout = OutputLayout.of(out);
    write(
        spark,
        List.of(
            infusion("A", 100, "10:00"), infusion("A", 102, "10:00"), infusion("B", 100, "09:00")),
        Infusion.class,
        layout.normalized(OutputLayout.INFUSIONS));
    List<Assessment> scores =
        safetyData ? List.of(cadss("A", 100, 2), cadss("A", 100, 20)) : List.of();
    Dataset<Row> assessments =
        RecordRowCodec.of(Assessment.class)
            .toDataFrame(spark, new JavaSparkContext(spark.sparkContext()).parallelize(scores, 1));
    if (safetyData) {
      long first = scores.get(0).sourceLine();
      assessments =
          assessments.withColumn(
              "minutes_from_start",
              functions.when(functions.col("source_line").equalTo(first), -5).otherwise(40));
    }
    assessments.write().parquet(layout.normalized(OutputLayout.ASSESSMENTS));
    write(spark, List.of(), Subject.class, layout.normalized(OutputLayout.SUBJECTS));
    write(spark, List.of(), RejectRow.class, layout.normalized(OutputLayout.REJECTS));
    write(spark, List.of(), RejectRow.class, layout.normalized(OutputLayout.WARNINGS));
    if (safetyData) {
      write(
          spark,
          List.of(
              sbp("A", 120, 100, "09:55", null),
              sbp("A", 160, 100, "10:40", null),
              sbp("A", 130, 102, null, -5),
              sbp("A", 185, 102, null, 35),
              sbp("B", 110, 100, null, -10),
              sbp("B", 125, 100, null, 30),
              sbp("B", 140, 100, null, null),
              sbp("B", 150, 105, "10:00", 20)),
          VitalSign.class,
          layout.normalized(OutputLayout.VITAL_SIGNS));
      // serious as BOOLEAN, as the canonical table has it
      RecordRowCodec.of(AdverseEvent.class)
          .toDataFrame(
              spark,
              new JavaSparkContext(spark.sparkContext())
                  .parallelize(
                      List.of(
                          ae("A", "nausea", 101, "MILD"),
                          ae("A", "Nausea", 103, "MODERATE"),
                          ae("A", "headache", null, "SEVERE"),
                          ae("B", "dizziness", 99, "MILD")),
                      1))
          .withColumn("serious", functions.lit(false))
          .write()
          .parquet(layout.normalized(OutputLayout.ADVERSE_EVENTS));
    }
    DeriveJob.run(
        spark, out, DeriveSettings.defaults(REGISTRY), FactorSettings.defaults(), REGISTRY);
    Map<String, Long> written = SafetyJob.run(spark, out, SafetySettings.defaults());
    assertThat(written)
        .containsKeys(
            OutputLayout.INFUSION_SAFETY,
            OutputLayout.SAFETY_READINGS,
            OutputLayout.ADVERSE_EVENT_COURSES,
            OutputLayout.COURSE_SAFETY);
    return out;
  }

  private static VitalSignsRow vital(SafetyTables t, String study, String infusion) {
    return t.vitalSigns().stream()
        .filter(r -> r.studyId().equals(study) && r.infusionNumber().equals(infusion))
        .filter(r -> r.test().equals("SYSBP") && r.courseNumber() == 1)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void vitalSignsByInfusionNumberWithWilsonIntervals() {
    SafetyTables t = SafetyAnalysisJob.run(SharedSpark.get(), out(true));
    // infusion 1: A 120 -> 160 (change 40 = rise: exceeded), B 110 -> 125 (not exceeded)
    VitalSignsRow first = vital(t, "S1", "1");
    assertThat(first.nInfusions()).isEqualTo(2);
    assertThat(first.nSubjects()).isEqualTo(2);
    assertThat(first.meanPre()).isCloseTo(115, within(TOL));
    assertThat(first.meanPeak()).isCloseTo(142.5, within(TOL));
    assertThat(first.meanChange()).isCloseTo(27.5, within(TOL));
    assertThat(first.sdChange()).isCloseTo(Math.sqrt(2 * 12.5 * 12.5), within(TOL));
    assertThat(first.maxPeak()).isEqualTo(160.0);
    assertThat(first.meanTimeToPeak()).isCloseTo(35, within(TOL));
    assertThat(first.exceededN()).isEqualTo(1);
    Proportion half = WilsonInterval.of(1, 2);
    assertThat(first.exceededCiLow()).isEqualTo(half.low());
    assertThat(first.exceededCiHigh()).isEqualTo(half.high());
    // infusion 2: A 130 -> 185 (threshold 180)
    VitalSignsRow second = vital(t, "S1", "2");
    assertThat(second.nInfusions()).isEqualTo(1);
    assertThat(second.exceededN()).isEqualTo(1);
    VitalSignsRow all = vital(t, "S1", "ALL");
    assertThat(all.nInfusions()).isEqualTo(3);
    assertThat(all.nSubjects()).isEqualTo(2);
    assertThat(all.exceededN()).isEqualTo(2);
    assertThat(all.exceededRate()).isCloseTo(2.0 / 3, within(TOL));
    assertThat(vital(t, "ALL", "ALL").nInfusions()).isEqualTo(3);
  }

  @Test
  void timecourseBinsEveryPlacedReadingBy15Minutes() {
    SafetyTables t = SafetyAnalysisJob.run(SharedSpark.get(), out(true));
    List<VitalSignsTimecourseRow> s1 =
        t.vitalSignsTimecourse().stream().filter(r -> r.studyId().equals("S1")).toList();
    assertThat(s1).extracting(VitalSignsTimecourseRow::minutes).containsExactly(-15, 30);
    // offsets -5, -5, -10: 120, 130, 110
    assertThat(s1.get(0).n()).isEqualTo(3);
    assertThat(s1.get(0).mean()).isCloseTo(120, within(TOL));
    assertThat(s1.get(0).sd()).isCloseTo(10, within(TOL));
    // offsets 40, 35, 30: 160, 185, 125; the unplaced reading and the day-105 reading are left out
    double m = 470.0 / 3;
    assertThat(s1.get(1).n()).isEqualTo(3);
    assertThat(s1.get(1).mean()).isCloseTo(m, within(TOL));
    assertThat(s1.get(1).sd())
        .isCloseTo(
            Math.sqrt(((160 - m) * (160 - m) + (185 - m) * (185 - m) + (125 - m) * (125 - m)) / 2),
            within(TOL));
  }

  @Test
  void dissociationAndAdverseEvents() {
    SafetyTables t = SafetyAnalysisJob.run(SharedSpark.get(), out(true));
    DissociationRow cadss =
        t.dissociation().stream()
            .filter(r -> r.studyId().equals("S1") && r.infusionNumber().equals("1"))
            .findFirst()
            .orElseThrow();
    assertThat(cadss.n()).isEqualTo(1);
    assertThat(cadss.meanPeak()).isEqualTo(20.0);
    assertThat(cadss.medianPeak()).isEqualTo(20.0);
    assertThat(cadss.meanChange()).isEqualTo(18.0);

    List<AdverseEventRow> s1 =
        t.adverseEvents().stream().filter(r -> r.studyId().equals("S1")).toList();
    assertThat(s1)
        .extracting(
            r ->
                r.bodySystem()
                    + "/"
                    + r.preferredTerm()
                    + " "
                    + r.nSubjects()
                    + "/"
                    + r.nTreated()
                    + " events "
                    + r.nEvents())
        .containsExactly(
            "NOT CODED/NAUSEA 1/2 events 2",
            "ALL/ANY 1/2 events 2",
            "ALL/SERIOUS 0/2 events 0",
            "ALL/SEVERE 0/2 events 0");
    assertThat(s1.get(0).pct()).isCloseTo(50, within(TOL));
    assertThat(s1.get(0).ciLow()).isCloseTo(WilsonInterval.of(1, 2).low() * 100, within(TOL));
  }

  @Test
  void qualityCountsUnplacedReadingsReadingsWithoutInfusionAndUnknownOnsets() {
    String out = out(true);
    QualityReport q =
        QualityChecks.run(
            SharedSpark.get(),
            out,
            IngestSettings.defaults(),
            DeriveSettings.defaults(REGISTRY),
            new QualityChecks.IngestTotals(10, 0, 3, 0, 0),
            null);
    Map<String, QualityCheck> byId = new java.util.HashMap<>();
    q.checks().forEach(c -> byId.put(c.id(), c));
    // 8 vital signs + 2 CADSS; one on day 105 has no infusion; of the other 9, one is unplaced
    assertThat(byId.get("safety_readings_on_infusion_days").violations()).isEqualTo(1);
    assertThat(byId.get("safety_readings_on_infusion_days").denominator()).isEqualTo(10);
    assertThat(byId.get("safety_readings_placed").violations()).isEqualTo(1);
    assertThat(byId.get("safety_readings_placed").denominator()).isEqualTo(9);
    QualityCheck onset = byId.get("adverse_events_onset_known");
    assertThat(onset.violations()).isEqualTo(1);
    assertThat(onset.denominator()).isEqualTo(4);
    assertThat(onset.detail()).contains("ae.csv:");
  }

  @Test
  void withoutSafetyTablesEverythingIsEmptyAndChecksNotApplicable() throws Exception {
    String out = out(false);
    assertThat(Files.exists(Path.of(out, "normalized", "vital_signs"))).isFalse();
    SafetyTables t = SafetyAnalysisJob.run(SharedSpark.get(), out);
    assertThat(t.hasRows()).isFalse();
    QualityReport q =
        QualityChecks.run(
            SharedSpark.get(),
            out,
            IngestSettings.defaults(),
            DeriveSettings.defaults(REGISTRY),
            new QualityChecks.IngestTotals(3, 0, 1, 0, 0),
            null);
    assertThat(q.checks())
        .filteredOn(c -> c.id().startsWith("safety_") || c.id().startsWith("adverse_"))
        .extracting(QualityCheck::status)
        .containsOnly(QualityCheck.NOT_APPLICABLE);
  }
}
