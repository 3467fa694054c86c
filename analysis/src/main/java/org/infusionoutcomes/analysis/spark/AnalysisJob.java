package org.infusionoutcomes.analysis.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.analysis.descriptive.Descriptives;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;
import org.infusionoutcomes.analysis.report.TrajectoryRow;
import org.infusionoutcomes.analysis.report.Waterfall;
import org.infusionoutcomes.analysis.report.WaterfallBar;
import org.infusionoutcomes.analysis.report.disclosure.KmCoarsening;
import org.infusionoutcomes.analysis.settings.AnalysisSettings;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.analysis.survival.KaplanMeier;
import org.infusionoutcomes.analysis.survival.KmCurve;
import org.infusionoutcomes.analysis.survival.KmStep;
import org.infusionoutcomes.analysis.survival.LandmarkSurvival;
import org.infusionoutcomes.analysis.survival.LogRank;
import org.infusionoutcomes.analysis.survival.LogRankResult;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyse stage (docs/statistics.md): from the derived tables to the report tables. Spark
 * groups the rows by report group - (study, scale, course number), each row counted once under its
 * own study and once under the pooled {@code ALL} - and the pure estimators ({@link
 * WilsonInterval}, {@link KaplanMeier}, {@link LogRank}) run per group on the executors. Only
 * result rows (one per group, or one per distinct time of a Kaplan-Meier curve) come back to the
 * driver.
 */
public final class AnalysisJob {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisJob.class);
  private static final RecordRowCodec<SurvivalGroupResult> RESULT =
      RecordRowCodec.of(SurvivalGroupResult.class);
  private static final RecordRowCodec<TrajectoryRow> TRAJECTORY =
      RecordRowCodec.of(TrajectoryRow.class);
  private static final String SEP = "\u0000";

  private AnalysisJob() {}

  /**
   * Computes every report table (docs/statistics.md) (plus the curves the HTML report draws) from
   * {@code <out>/derived/}: report data without run, definitions, quality report or safety tables,
   * which the caller adds ({@link ReportData#withRun}), and with nothing suppressed.
   */
  public static ReportData run(SparkSession spark, String outputDir, AnalysisSettings config) {
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> outcomes =
        pooled(ParquetTables.read(spark, layout.derived(OutputLayout.COURSE_OUTCOMES)));
    Dataset<Row> tte =
        pooled(
            ParquetTables.read(spark, layout.derived(OutputLayout.TTE)).filter(col("is_primary")));
    Dataset<Row> visits = ParquetTables.read(spark, layout.derived(OutputLayout.VISIT_OUTCOMES));

    LOG.info("analyse: response and remission rates");
    List<ResponseRemissionRow> rates = responseRemission(outcomes);
    LOG.info("analyse: Kaplan-Meier curves and log-rank tests");
    List<SurvivalGroupResult> survival = survival(tte, config);
    LOG.info("analyse: trajectories");
    List<TrajectoryRow> trajectory = trajectory(visits, outcomes);
    LOG.info("analyse: population flow and waterfall");
    Dataset<Row> courses = ParquetTables.read(spark, layout.derived(OutputLayout.COURSES));
    Dataset<Row> allOutcomes =
        ParquetTables.read(spark, layout.derived(OutputLayout.COURSE_OUTCOMES));
    List<PopulationFlowRow> flow = populationFlow(courses, allOutcomes);
    List<Waterfall> waterfall = waterfall(allOutcomes);
    LOG.info("analyse: subgroups and agreement between scales");
    String factorsPath = layout.derived(OutputLayout.COURSE_FACTORS);
    List<SubgroupRow> subgroups =
        SafetyAnalysisJob.exists(spark, factorsPath)
            ? SubgroupTables.subgroups(outcomes, ParquetTables.read(spark, factorsPath))
            : List.of();
    List<AgreementRow> agreement = SubgroupTables.agreement(outcomes);

    List<SurvivalSummaryRow> durSummary = new ArrayList<>();
    List<SurvivalSummaryRow> ttrSummary = new ArrayList<>();
    List<SurvivalSummaryRow> ttremSummary = new ArrayList<>();
    List<KmRow> durKm = new ArrayList<>();
    List<KmRow> ttrKm = new ArrayList<>();
    List<KmRow> ttremKm = new ArrayList<>();
    List<LogRankRow> logRank = new ArrayList<>();
    for (SurvivalGroupResult r : survival) {
      String endpoint = r.endpoint();
      boolean durability = TteRecord.DURABILITY.equals(endpoint);
      boolean remission = TteRecord.TIME_TO_REMISSION.equals(endpoint);
      if (r.summary() != null) {
        (durability ? durSummary : remission ? ttremSummary : ttrSummary).add(r.summary());
      } else if (r.km() != null) {
        (durability ? durKm : remission ? ttremKm : ttrKm).add(r.km());
      } else if (!remission) {
        // logrank.csv compares courses for durability and time to response only.
        logRank.add(r.logRank());
      }
    }
    Comparator<SurvivalSummaryRow> summaryOrder = ReportOrder.group();
    Comparator<KmRow> kmOrder = ReportOrder.<KmRow>group().thenComparingDouble(KmRow::timeDays);
    durSummary.sort(summaryOrder);
    ttrSummary.sort(summaryOrder);
    ttremSummary.sort(summaryOrder);
    durKm.sort(kmOrder);
    ttrKm.sort(kmOrder);
    ttremKm.sort(kmOrder);
    logRank.sort(
        Comparator.comparing(LogRankRow::studyId, ReportOrder.STUDY)
            .thenComparing(LogRankRow::scale)
            .thenComparing(LogRankRow::endpoint, Comparator.reverseOrder()));
    return new ReportData(
        null,
        null,
        config.landmarkDays(),
        rates,
        durSummary,
        durKm,
        ttrSummary,
        ttrKm,
        logRank,
        trajectory,
        null,
        flow,
        waterfall,
        null,
        SafetyTables.empty(),
        ttremSummary,
        ttremKm,
        subgroups,
        agreement);
  }

  /**
   * Each row twice: under its own study ({@code report_study}) and under the pooled {@code ALL}.
   */
  static Dataset<Row> pooled(Dataset<Row> rows) {
    return rows.withColumn("report_study", explode(array(col("study_id"), lit(ReportOrder.ALL))));
  }

  // ------------------------------------------------------------------ response and remission

  private static Column countTrue(String column) {
    return sum(when(col(column).equalTo(true), 1).otherwise(0));
  }

  private static Column countPresent(String column) {
    return sum(when(col(column).isNotNull(), 1).otherwise(0));
  }

  /** Turns the aggregates of one report group into its report rows. */
  @FunctionalInterface
  private interface GroupRows<T> {
    /**
     * @param aggregates the group's row: its three columns, then the aggregates from index 3
     * @param rows where the group's rows go
     */
    void add(String study, String scale, int course, Row aggregates, List<T> rows);
  }

  /**
   * The rows {@code toRows} makes of the aggregates of each report group (report study, scale,
   * course number) of pooled rows, in the order the groups come back.
   */
  private static <T> List<T> perReportGroup(
      Dataset<Row> pooledRows, GroupRows<T> toRows, Column... aggregates) {
    List<T> rows = new ArrayList<>();
    for (Row g :
        pooledRows
            .groupBy("report_study", "scale", "course_number")
            .agg(aggregates[0], java.util.Arrays.copyOfRange(aggregates, 1, aggregates.length))
            .collectAsList()) {
      toRows.add(g.getString(0), g.getString(1), g.getInt(2), g, rows);
    }
    return rows;
  }

  static List<ResponseRemissionRow> responseRemission(Dataset<Row> pooledOutcomes) {
    List<ResponseRemissionRow> rows =
        perReportGroup(
            pooledOutcomes.filter(col("population_itt")),
            AnalysisJob::responseRemissionRows,
            countPresent("responder_oc").as("n_oc"),
            countTrue("responder_oc").as("resp_oc"),
            countTrue("remitter_oc").as("rem_oc"),
            countPresent("responder_locf").as("n_locf"),
            countTrue("responder_locf").as("resp_locf"),
            countTrue("remitter_locf").as("rem_locf"),
            countPresent("responder_nri").as("n_nri"),
            countTrue("responder_nri").as("resp_nri"),
            countTrue("remitter_nri").as("rem_nri"));
    List<String> order = List.of("OC", "LOCF", "NRI");
    rows.sort(
        ReportOrder.<ResponseRemissionRow>group()
            .thenComparingInt(r -> order.indexOf(r.analysis())));
    return rows;
  }

  /** The OC, LOCF and NRI rows of one report group from its counts (n, responders, remitters). */
  private static void responseRemissionRows(
      String study, String scale, int course, Row g, List<ResponseRemissionRow> rows) {
    String[] analyses = {"OC", "LOCF", "NRI"};
    for (int a = 0; a < 3; a++) {
      int n = (int) g.getLong(3 + 3 * a);
      int resp = (int) g.getLong(4 + 3 * a);
      int rem = (int) g.getLong(5 + 3 * a);
      Proportion pr = WilsonInterval.of(resp, n);
      Proportion pm = WilsonInterval.of(rem, n);
      rows.add(
          new ResponseRemissionRow(
              study,
              scale,
              course,
              analyses[a],
              n,
              resp,
              pr.rate(),
              pr.low(),
              pr.high(),
              rem,
              pm.rate(),
              pm.low(),
              pm.high(),
              List.of()));
    }
  }

  // ------------------------------------------------------------------ survival

  static List<SurvivalGroupResult> survival(Dataset<Row> pooledTte, AnalysisSettings config) {
    ConfType type = config.kmConfType();
    List<Integer> landmarks = config.landmarkDays();
    Integer minCellSize = config.minCellSize();
    Dataset<Row> slim =
        pooledTte.select("endpoint", "report_study", "scale", "course_number", "time_days", "cnsr");
    List<SurvivalGroupResult> out = new ArrayList<>();
    // a curve per (endpoint, study, scale, course number); a log-rank test per (endpoint, study,
    // scale)
    out.addAll(
        perGroup(slim, 4, (key, rows) -> curve(key, rows, type, landmarks, minCellSize), RESULT));
    out.addAll(perGroup(slim, 3, AnalysisJob::logRank, RESULT));
    return out;
  }

  /**
   * Groups {@code rows} in Spark by their first {@code keyColumns} columns, runs {@code summarise}
   * on each group on the executors (the key is those columns' values joined by {@link #SEP}) and
   * brings back only its result rows, decoded.
   */
  private static <T extends Record> List<T> perGroup(
      Dataset<Row> rows,
      int keyColumns,
      FlatMapGroupsFunction<String, Row, Row> summarise,
      RecordRowCodec<T> codec) {
    return rows
        .groupByKey((MapFunction<Row, String>) r -> key(r, keyColumns), Encoders.STRING())
        .flatMapGroups(summarise, Encoders.row(codec.schema()))
        .collectAsList()
        .stream()
        .map(codec::fromRow)
        .toList();
  }

  /** The first {@code columns} values of {@code r} joined by {@link #SEP}. */
  private static String key(Row r, int columns) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns; i++) {
      if (i > 0) {
        b.append(SEP);
      }
      b.append(r.get(i));
    }
    return b.toString();
  }

  private static Iterator<Row> curve(
      String key, Iterator<Row> rows, ConfType type, List<Integer> landmarks, Integer minCellSize) {
    String[] k = key.split(SEP, -1);
    String endpoint = k[0];
    String study = k[1];
    String scale = k[2];
    int course = Integer.parseInt(k[3]);
    List<double[]> data = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      data.add(new double[] {r.getInt(4), r.getInt(5)});
    }
    double[] time = new double[data.size()];
    boolean[] event = new boolean[data.size()];
    for (int i = 0; i < time.length; i++) {
      time[i] = data.get(i)[0];
      event[i] = data.get(i)[1] == 0;
    }
    if (minCellSize != null) {
      // a shareable curve is drawn from coarsened counts (see KmCoarsening; docs/statistics.md,
      // "With `min_cell_size`")
      KmCoarsening.Data coarse = KmCoarsening.coarsen(time, event, minCellSize);
      if (coarse == null) {
        return List.of(
                RESULT.toRow(
                    new SurvivalGroupResult(
                        endpoint,
                        SurvivalSummaryRow.withoutCurve(
                            study,
                            scale,
                            course,
                            time.length,
                            landmarks,
                            List.of("events", "censored")),
                        null,
                        null)))
            .iterator();
      }
      time = coarse.time();
      event = coarse.event();
    }
    KmCurve c = KaplanMeier.estimate(time, event, type);
    List<Row> out = new ArrayList<>();
    for (KmStep s : c.steps()) {
      KmRow km =
          new KmRow(
              study,
              scale,
              course,
              s.time(),
              s.nRisk(),
              s.nEvent(),
              s.nCensor(),
              s.survival(),
              s.stdErr(),
              s.ciLow(),
              s.ciHigh());
      out.add(RESULT.toRow(new SurvivalGroupResult(endpoint, null, km, null)));
    }
    List<SurvivalSummaryRow.Landmark> marks = new ArrayList<>();
    for (int day : landmarks) {
      LandmarkSurvival l = c.survivalAt(day);
      marks.add(new SurvivalSummaryRow.Landmark(day, l.survival(), l.ciLow(), l.ciHigh()));
    }
    var median = c.median();
    SurvivalSummaryRow summary =
        new SurvivalSummaryRow(
            study,
            scale,
            course,
            c.n(),
            c.events(),
            c.censored(),
            median.time(),
            median.ciLow(),
            median.ciHigh(),
            c.q1().time(),
            c.q3().time(),
            marks,
            KaplanMeier.medianFollowUp(time, event),
            List.of());
    out.add(RESULT.toRow(new SurvivalGroupResult(endpoint, summary, null, null)));
    return out.iterator();
  }

  private static Row trajectoryPoint(String key, Iterator<Row> rows) {
    String[] k = key.split(SEP, -1);
    List<Double> scores = new ArrayList<>();
    List<Double> changes = new ArrayList<>();
    List<Double> pctChanges = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      scores.add(r.isNullAt(4) ? null : r.getDouble(4));
      changes.add(r.isNullAt(5) ? null : r.getDouble(5));
      pctChanges.add(r.isNullAt(6) ? null : r.getDouble(6));
    }
    Descriptives score = Descriptives.of(scores.toArray(Double[]::new));
    TrajectoryRow t =
        new TrajectoryRow(
            k[0],
            k[1],
            Integer.parseInt(k[2]),
            Integer.parseInt(k[3]),
            score.n(),
            score.mean(),
            score.sd(),
            Descriptives.of(changes.toArray(Double[]::new)).mean(),
            Descriptives.of(pctChanges.toArray(Double[]::new)).mean());
    return TRAJECTORY.toRow(t);
  }

  private static Iterator<Row> logRank(String key, Iterator<Row> rows) {
    String[] k = key.split(SEP, -1);
    List<Row> all = new ArrayList<>();
    rows.forEachRemaining(all::add);
    TreeSet<Integer> courses = new TreeSet<>();
    all.forEach(r -> courses.add(r.getInt(3)));
    if (courses.size() < 2) {
      return java.util.Collections.emptyIterator();
    }
    double[] time = new double[all.size()];
    boolean[] event = new boolean[all.size()];
    int[] group = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      time[i] = all.get(i).getInt(4);
      event[i] = all.get(i).getInt(5) == 0;
      group[i] = all.get(i).getInt(3);
    }
    LogRankResult t = LogRank.test(time, event, group);
    String groups = String.join(";", courses.stream().map(String::valueOf).toList());
    LogRankRow row = new LogRankRow(k[1], k[2], k[0], groups, t.chisq(), t.df(), t.pValue());
    return List.of(RESULT.toRow(new SurvivalGroupResult(k[0], null, null, row))).iterator();
  }

  // ------------------------------------------------------------------ trajectories

  static List<TrajectoryRow> trajectory(Dataset<Row> visits, Dataset<Row> pooledOutcomes) {
    Dataset<Row> itt =
        pooledOutcomes
            .filter(col("population_itt"))
            .select("study_id", "subject_id", "course_number", "scale")
            .distinct();
    Dataset<Row> rows =
        pooled(
                visits
                    .filter(
                        col("phase").isin("baseline", "treatment", "endpoint_window", "follow_up"))
                    .join(itt, new String[] {"study_id", "subject_id", "course_number", "scale"}))
            .select(
                "report_study",
                "scale",
                "course_number",
                "day_offset",
                "total_score",
                "chg",
                "pchg");
    // Grouped in Spark, summarised in Java: the same numbers to the last digit on any cluster
    // layout.
    List<TrajectoryRow> out =
        new ArrayList<>(
            perGroup(
                rows,
                4,
                (key, group) -> List.of(trajectoryPoint(key, group)).iterator(),
                TRAJECTORY));
    out.sort(ReportOrder.<TrajectoryRow>group().thenComparingInt(TrajectoryRow::day));
    return out;
  }

  // ------------------------------------- population flow (docs/decisions.md, "Population flow")

  /**
   * {@code population_flow.csv}: per (study incl. ALL, scale, course number), the courses at each
   * step and those that left before it, by reason. The courses of a (study, scale) are every course
   * of the study's subjects, for each scale the study has any course outcome of: a course without
   * an assessment of the scale has no baseline on it.
   */
  static List<PopulationFlowRow> populationFlow(Dataset<Row> courses, Dataset<Row> outcomes) {
    Dataset<Row> studyScales = outcomes.select("study_id", "scale").distinct();
    Dataset<Row> all =
        courses
            .select("study_id", "subject_id", "course_number")
            .distinct()
            .join(studyScales, "study_id")
            .join(
                outcomes.select(
                    col("study_id"),
                    col("subject_id"),
                    col("course_number"),
                    col("scale"),
                    col("population_itt"),
                    col("not_evaluable_reason"),
                    col("responder_oc")),
                new String[] {"study_id", "subject_id", "course_number", "scale"},
                "left");
    Column reason = col("not_evaluable_reason");
    Column noRow = col("population_itt").isNull();
    List<PopulationFlowRow> rows =
        perReportGroup(
            pooled(all),
            AnalysisJob::populationFlowRows,
            sum(lit(1)).as("courses"),
            sum(when(noRow.or(reason.equalTo(PopulationFlowRow.NO_BASELINE)), 1).otherwise(0))
                .as("no_baseline"),
            sum(when(reason.equalTo(PopulationFlowRow.BASELINE_AMBIGUOUS), 1).otherwise(0))
                .as("ambiguous"),
            sum(when(reason.equalTo(PopulationFlowRow.BASELINE_ZERO), 1).otherwise(0)).as("zero"),
            countTrue("population_itt").as("itt"),
            sum(when(col("population_itt").equalTo(true).and(col("responder_oc").isNotNull()), 1)
                    .otherwise(0))
                .as("oc"),
            countTrue("responder_oc").as("responders"));
    rows.sort(ReportOrder.group());
    return rows;
  }

  /** The population flow steps of one report group from its counts (courses to responders). */
  private static void populationFlowRows(
      String study, String scale, int course, Row g, List<PopulationFlowRow> rows) {
    long courseCount = g.getLong(3);
    long noBaseline = g.getLong(4);
    long ambiguous = g.getLong(5);
    long zero = g.getLong(6);
    long itt = g.getLong(7);
    long oc = g.getLong(8);
    long responders = g.getLong(9);
    long withBaseline = courseCount - noBaseline - ambiguous;
    if (withBaseline - zero != itt) {
      throw new IllegalStateException(
          "course_outcomes: ITT courses of "
              + study
              + " "
              + scale
              + " course "
              + course
              + " do not add up ("
              + withBaseline
              + " with a baseline, "
              + zero
              + " with baseline 0, "
              + itt
              + " ITT)");
    }
    FlowStep step =
        (name, n, reason) ->
            rows.add(new PopulationFlowRow(study, scale, course, name, (int) n, reason, List.of()));
    step.add(PopulationFlowRow.COURSES, courseCount, null);
    step.add(PopulationFlowRow.WITH_BASELINE, noBaseline, PopulationFlowRow.NO_BASELINE);
    step.add(PopulationFlowRow.WITH_BASELINE, ambiguous, PopulationFlowRow.BASELINE_AMBIGUOUS);
    step.add(PopulationFlowRow.WITH_BASELINE, withBaseline, null);
    step.add(PopulationFlowRow.ITT, zero, PopulationFlowRow.BASELINE_ZERO);
    step.add(PopulationFlowRow.ITT, itt, null);
    step.add(PopulationFlowRow.OC_EVALUABLE, itt - oc, PopulationFlowRow.NO_OC_ENDPOINT);
    step.add(PopulationFlowRow.OC_EVALUABLE, oc, null);
    step.add(PopulationFlowRow.OC_RESPONDERS, oc - responders, PopulationFlowRow.OC_NON_RESPONDER);
    step.add(PopulationFlowRow.OC_RESPONDERS, responders, null);
  }

  /** Adds one step of the population flow of a report group: its count and why courses left. */
  @FunctionalInterface
  private interface FlowStep {
    void add(String step, long n, String reason);
  }

  // ---------------------------------------------------- waterfall (docs/decisions.md, "Waterfall")

  /**
   * Per scale, the OC endpoint percent change of every ITT course that has one, sorted from the
   * largest increase to the largest decrease (ties: study, course number, subject - never shown).
   * One value per course reaches the driver: a few bytes each, bounded by the number of courses.
   */
  static List<Waterfall> waterfall(Dataset<Row> outcomes) {
    List<Row> rows =
        outcomes
            .filter(col("population_itt"))
            .select(
                "scale",
                "study_id",
                "course_number",
                "pchg_oc",
                "responder_oc",
                "remitter_oc",
                "subject_id")
            .collectAsList();
    java.util.Map<String, List<Row>> byScale = new java.util.TreeMap<>();
    for (Row r : rows) {
      byScale.computeIfAbsent(r.getString(0), s -> new ArrayList<>()).add(r);
    }
    List<Waterfall> out = new ArrayList<>();
    byScale.forEach(
        (scale, list) -> {
          List<Row> withEndpoint =
              new ArrayList<>(list.stream().filter(r -> !r.isNullAt(3) && !r.isNullAt(4)).toList());
          withEndpoint.sort(
              Comparator.comparingDouble((Row r) -> -r.getDouble(3))
                  .thenComparing((Row r) -> r.getString(1), ReportOrder.STUDY)
                  .thenComparingInt(r -> r.getInt(2))
                  .thenComparing(r -> r.getString(6)));
          List<WaterfallBar> bars = new ArrayList<>();
          int responders = 0;
          int remitters = 0;
          for (Row r : withEndpoint) {
            boolean responder = r.getBoolean(4);
            boolean remitter = !r.isNullAt(5) && r.getBoolean(5);
            responders += responder ? 1 : 0;
            remitters += remitter ? 1 : 0;
            bars.add(
                new WaterfallBar(r.getString(1), r.getInt(2), r.getDouble(3), responder, remitter));
          }
          out.add(
              new Waterfall(
                  scale, list.size(), bars.size(), responders, remitters, bars, List.of()));
        });
    return out;
  }
}
