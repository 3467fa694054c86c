package org.infusionoutcomes.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.infusionoutcomes.ingest.spark.RowCounts.countWhere;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.analysis.report.QualityCheck;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.ingest.config.IngestSettings;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.transform.settings.DeriveSettings;

/**
 * The checks of {@code quality.json}. Each check counts violations over a stated denominator; an
 * empty denominator is {@code NOT_APPLICABLE}, never {@code PASS}; a check that cannot be computed
 * is {@code ERROR} with the reason, and the others still run.
 */
public final class QualityChecks {
  private QualityChecks() {}

  /** Ingest totals the checks need (from the run manifest). */
  public record IngestTotals(
      long recordsRead,
      long recordsRejected,
      long filesRead,
      long filesRefused,
      long filesUnknown) {}

  /**
   * Computes the quality report of an output directory.
   *
   * @param previous the previous run's report in the same directory, or null
   */
  public static QualityReport run(
      SparkSession spark,
      String outputDir,
      IngestSettings ingest,
      DeriveSettings derive,
      IngestTotals totals,
      QualityReport previous) {
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> rejects = ParquetTables.read(spark, layout.normalized(OutputLayout.REJECTS));
    Dataset<Row> warnings = ParquetTables.read(spark, layout.normalized(OutputLayout.WARNINGS));
    Dataset<Row> assessments =
        ParquetTables.read(spark, layout.normalized(OutputLayout.ASSESSMENTS));
    Dataset<Row> infusions = ParquetTables.read(spark, layout.normalized(OutputLayout.INFUSIONS));
    Dataset<Row> subjects = ParquetTables.read(spark, layout.normalized(OutputLayout.SUBJECTS));
    Dataset<Row> outcomes = ParquetTables.read(spark, layout.derived(OutputLayout.COURSE_OUTCOMES));
    Dataset<Row> courses = ParquetTables.read(spark, layout.derived(OutputLayout.COURSES));

    Map<String, Long> rejectsByRule = byRule(rejects);
    Map<String, Long> warningsByRule = byRule(warnings);
    List<QualityCheck> checks = new ArrayList<>();
    // Each table is scanned once for all the counts its checks need (docs/benchmarks.md).
    Supplier<Long> subjectCount = once(subjects::count);
    Supplier<long[]> assessmentCounts =
        once(() -> countWhere(assessments, null, col("reported_total").isNotNull()));
    Supplier<long[]> outcomeCounts =
        once(
            () ->
                countWhere(
                    outcomes,
                    null,
                    col("not_evaluable_reason").equalTo("no_baseline"),
                    col("not_evaluable_reason").equalTo("baseline_ambiguous"),
                    col("not_evaluable_reason").equalTo("baseline_zero"),
                    col("population_itt"),
                    col("population_itt").and(col("oc_score").isNull())));

    checks.add(
        check(
            "records_accepted",
            "Input records read that were accepted (rejected records are in normalized/rejects)",
            () -> new long[] {totals.recordsRejected(), totals.recordsRead()},
            (v, d) ->
                v == 0
                    ? QualityCheck.PASS
                    : (double) v / d <= ingest.rejectThreshold()
                        ? QualityCheck.PASS_WITH_VIOLATIONS
                        : QualityCheck.FAIL,
            "reject_threshold " + ingest.rejectThreshold()));
    checks.add(
        check(
            "files_read",
            "Input files read completely (not refused, format recognised)",
            () ->
                new long[] {
                  totals.filesRefused() + totals.filesUnknown(),
                  totals.filesRead() + totals.filesUnknown()
                },
            (v, d) -> v == 0 ? QualityCheck.PASS : QualityCheck.FAIL,
            null));
    checks.add(
        check(
            "subjects_time_axis",
            "Subjects whose records share one time axis (not rejected as mixed_time_axis)",
            () -> {
              long mixed =
                  rejects
                      .filter(col("rule_id").equalTo("mixed_time_axis"))
                      .select("study_id", "subject_id")
                      .distinct()
                      .count();
              return new long[] {mixed, subjectCount.get() + mixed};
            },
            QualityChecks::violationsAllowed,
            null));
    checks.add(
        check(
            "duplicates_consistent",
            "Assessments and infusions without a conflicting duplicate in the inputs",
            () ->
                new long[] {
                  warningsByRule.getOrDefault("duplicate_conflicting", 0L),
                  assessmentCounts.get()[0] + infusions.count()
                },
            QualityChecks::violationsAllowed,
            null));
    checks.add(
        check(
            "reported_totals_consistent",
            "Complete assessments whose reported total equals the item total",
            () ->
                new long[] {
                  warningsByRule.getOrDefault("reported_total_mismatch", 0L),
                  assessmentCounts.get()[1]
                },
            QualityChecks::violationsAllowed,
            null));
    checks.add(
        check(
            "subjects_with_infusions",
            "Subjects with at least one infusion (others have no course to analyse)",
            () ->
                new long[] {
                  subjectCount.get() - courses.select("study_id", "subject_id").distinct().count(),
                  subjectCount.get()
                },
            QualityChecks::violationsAllowed,
            null));
    checks.add(
        notEvaluable(
            outcomeCounts,
            1,
            "baseline_present",
            "Course x scale pairs with a baseline in the window before the first infusion"));
    checks.add(
        notEvaluable(
            outcomeCounts,
            2,
            "baseline_unambiguous",
            "Course x scale pairs whose baseline is unambiguous (one score at the latest time)"));
    checks.add(
        notEvaluable(
            outcomeCounts,
            3,
            "baseline_nonzero",
            "Course x scale pairs with a baseline above 0 (percent change is defined)"));
    checks.add(
        check(
            "oc_endpoint_present",
            "ITT courses with an observed-case endpoint in the endpoint window",
            () -> new long[] {outcomeCounts.get()[5], outcomeCounts.get()[4]},
            QualityChecks::violationsAllowed,
            "endpoint_window_days " + derive.endpointWindowDays()));

    safetyChecks(spark, outputDir, checks);

    Map<String, Long> changes =
        previous == null ? null : changes(previous, rejectsByRule, warningsByRule, checks);
    return new QualityReport(rejectsByRule, warningsByRule, checks, changes);
  }

  /**
   * The safety checks (docs/report.md, "Quality"): vital-sign and CADSS readings placed on an
   * infusion, readings on a day with an infusion, adverse events with a known onset. Without the
   * derived safety tables their denominators are 0 (not applicable).
   */
  private static void safetyChecks(SparkSession spark, String outputDir, List<QualityCheck> out) {
    OutputLayout layout = OutputLayout.of(outputDir);
    String readingsPath = layout.derived(OutputLayout.SAFETY_READINGS);
    String aesPath = layout.derived(OutputLayout.ADVERSE_EVENT_COURSES);
    Column onInfusionDay = col("placement").notEqual("no_infusion");
    Supplier<long[]> readings =
        once(
            () ->
                counts(
                    spark,
                    readingsPath,
                    onInfusionDay,
                    onInfusionDay.and(col("placement").equalTo("unplaced")),
                    null,
                    col("placement").equalTo("no_infusion")));
    Supplier<long[]> aes =
        once(() -> counts(spark, aesPath, col("status").equalTo("unknown_onset"), null));
    out.add(
        check(
            "safety_readings_placed",
            "Vital-sign and CADSS readings on an infusion day that could be placed relative to the"
                + " infusion start (minutes_from_start, or both times of day)",
            () -> new long[] {readings.get()[1], readings.get()[0]},
            QualityChecks::violationsAllowed,
            null));
    out.add(
        check(
            "safety_readings_on_infusion_days",
            "Vital-sign and CADSS readings on a day on which the subject had an infusion",
            () -> new long[] {readings.get()[3], readings.get()[2]},
            QualityChecks::violationsAllowed,
            null));
    out.add(
        withSources(
            check(
                "adverse_events_onset_known",
                "Adverse events with a known onset day (others are listed and not counted as"
                    + " TEAEs)",
                () -> aes.get(),
                QualityChecks::violationsAllowed,
                null),
            () ->
                SafetyAnalysisJob.exists(spark, aesPath)
                    ? ParquetTables.read(spark, aesPath)
                        .filter(col("status").equalTo("unknown_onset"))
                        .select("source_file", "source_line")
                        .orderBy("source_file", "source_line")
                        .limit(UNKNOWN_ONSET_LISTED)
                        .collectAsList()
                        .stream()
                        .map(r -> r.getString(0) + ":" + r.getLong(1))
                        .toList()
                    : List.of()));
  }

  /**
   * {@link org.infusionoutcomes.ingest.spark.RowCounts#countWhere} over a derived safety table; all
   * 0 (not applicable) when the output has no such table.
   */
  private static long[] counts(SparkSession spark, String path, Column... conditions) {
    if (!SafetyAnalysisJob.exists(spark, path)) {
      return new long[conditions.length];
    }
    return countWhere(ParquetTables.read(spark, path), conditions);
  }

  /** A supplier computed on first use and remembered (a failure is not remembered). */
  private static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }

  /** How many adverse events of unknown onset the check lists by file and line. */
  static final int UNKNOWN_ONSET_LISTED = 20;

  private static QualityCheck withSources(QualityCheck c, Supplier<List<String>> sources) {
    if (c.violations() == 0 || QualityCheck.ERROR.equals(c.status())) {
      return c;
    }
    try {
      List<String> s = sources.get();
      String more =
          c.violations() > s.size() ? " and " + (c.violations() - s.size()) + " more" : "";
      return new QualityCheck(
          c.id(),
          c.description(),
          c.status(),
          c.violations(),
          c.denominator(),
          c.detail() + "; unknown onset at " + String.join(", ", s) + more);
    } catch (RuntimeException e) {
      return c;
    }
  }

  private interface Status {
    String of(long violations, long denominator);
  }

  private static String violationsAllowed(long violations, long denominator) {
    return violations == 0 ? QualityCheck.PASS : QualityCheck.PASS_WITH_VIOLATIONS;
  }

  private static QualityCheck check(
      String id, String description, Supplier<long[]> counts, Status status, String threshold) {
    try {
      long[] c = counts.get();
      long v = c[0];
      long d = c[1];
      String detail =
          v
              + " of "
              + d
              + " "
              + (v == 1 ? "violates" : "violate")
              + " the rule"
              + (threshold == null ? "" : " (" + threshold + ")");
      if (d == 0) {
        return new QualityCheck(
            id,
            description,
            QualityCheck.NOT_APPLICABLE,
            v,
            d,
            "nothing to check: the denominator is 0");
      }
      return new QualityCheck(id, description, status.of(v, d), v, d, detail);
    } catch (RuntimeException e) {
      return new QualityCheck(
          id,
          description,
          QualityCheck.ERROR,
          0L,
          0L,
          "the check could not be computed: " + e.getMessage());
    }
  }

  /** A check over course outcomes: {@code counts[index]} of {@code counts[0]} (all outcomes). */
  private static QualityCheck notEvaluable(
      Supplier<long[]> counts, int index, String id, String description) {
    return check(
        id,
        description,
        () -> new long[] {counts.get()[index], counts.get()[0]},
        QualityChecks::violationsAllowed,
        null);
  }

  private static Map<String, Long> byRule(Dataset<Row> findings) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r : findings.groupBy("rule_id").count().collectAsList()) {
      m.put(r.getString(0), r.getLong(1));
    }
    return m;
  }

  private static Map<String, Long> changes(
      QualityReport previous,
      Map<String, Long> rejects,
      Map<String, Long> warnings,
      List<QualityCheck> checks) {
    Map<String, Long> delta = new LinkedHashMap<>();
    diff("rejects.", previous.rejectsByRule(), rejects, delta);
    diff("warnings.", previous.warningsByRule(), warnings, delta);
    Map<String, Long> before = new TreeMap<>();
    previous.checks().forEach(c -> before.put(c.id(), c.violations()));
    Map<String, Long> now = new TreeMap<>();
    checks.forEach(c -> now.put(c.id(), c.violations()));
    diff("checks.", before, now, delta);
    return delta;
  }

  private static void diff(
      String prefix, Map<String, Long> before, Map<String, Long> now, Map<String, Long> out) {
    TreeMap<String, Long> keys = new TreeMap<>(before);
    keys.putAll(now);
    for (String k : keys.keySet()) {
      Long n = now.getOrDefault(k, 0L);
      Long b = before.getOrDefault(k, 0L);
      if (n == null || b == null) {
        continue; // hidden in a shareable report (docs/report.md): no difference can be computed
      }
      long d = n - b;
      if (d != 0) {
        out.put(prefix + k, d);
      }
    }
  }
}
