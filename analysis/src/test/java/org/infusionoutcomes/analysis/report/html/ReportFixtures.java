package org.infusionoutcomes.analysis.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.infusionoutcomes.analysis.agreement.ScaleAgreement;
import org.infusionoutcomes.analysis.agreement.TwoByTwo;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.Definitions;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.QualityCheck;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportDataCopy;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;
import org.infusionoutcomes.analysis.report.TrajectoryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.analysis.report.Waterfall;
import org.infusionoutcomes.analysis.report.WaterfallBar;
import org.infusionoutcomes.analysis.subgroups.LevelCounts;
import org.infusionoutcomes.analysis.subgroups.Subgroups;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.analysis.survival.KaplanMeier;
import org.infusionoutcomes.analysis.survival.KmCurve;
import org.infusionoutcomes.analysis.survival.KmQuantile;
import org.infusionoutcomes.analysis.survival.KmStep;
import org.infusionoutcomes.analysis.survival.LandmarkSurvival;
import org.infusionoutcomes.analysis.survival.LogRank;
import org.infusionoutcomes.analysis.survival.LogRankResult;

/**
 * A realistic {@link ReportData}: two studies and the pooled ALL, MADRS and PHQ-9, courses 1 and 2.
 * Curves, rates and tests are computed with the project's own statistics code from small inline
 * event times, so every number is consistent. Includes ties (an event and a censoring on one day),
 * a durability curve that never reaches its median (CLINIC-NORTH, MADRS, course 2), a curve flat at
 * exactly 0.5 until its end, a group with n = 0 under OC, and a quality check of each status.
 */
final class ReportFixtures {
  static final String TRIAL = "KET-TRIAL-01";
  static final String CLINIC = "CLINIC-NORTH";
  static final List<String> STUDIES = List.of(CLINIC, TRIAL, "ALL");
  static final List<String> SCALES = List.of("MADRS", "PHQ9");
  static final List<Integer> LANDMARKS = List.of(7, 14, 28, 56, 84);

  private ReportFixtures() {}

  /** Time and event ({@code e}) or censoring ({@code c}) per course, e.g. {@code "7e 7c 14e"}. */
  private static final Map<String, String> DURABILITY = new LinkedHashMap<>();

  private static final Map<String, String> TIME_TO_RESPONSE = new LinkedHashMap<>();

  /** n, responders, remitters for OC, LOCF, NRI. */
  private static final Map<String, int[][]> RATES = new LinkedHashMap<>();

  static {
    DURABILITY.put(key(TRIAL, "MADRS", 1), "7e 7e 7c 14e 14e 21e 28c 35e 42c 56e 70c 84c");
    DURABILITY.put(key(TRIAL, "MADRS", 2), "10e 14c 21e 28e 28e 42c 63c 90c");
    DURABILITY.put(key(TRIAL, "PHQ9", 1), "5e 9e 9e 14c 20e 27c 33e 48c 60c 77c");
    DURABILITY.put(key(TRIAL, "PHQ9", 2), "12e 19c 30e 44c 58c 71c");
    DURABILITY.put(key(CLINIC, "MADRS", 1), "6e 13e 13c 22e 29e 36c 50e 64c 80c");
    DURABILITY.put(key(CLINIC, "MADRS", 2), "8c 16e 30c 45c 61c");
    DURABILITY.put(key(CLINIC, "PHQ9", 1), "4e 4e 11e 15c 18e 25e 25c 39c 52e 66c 88c");
    DURABILITY.put(key(CLINIC, "PHQ9", 2), "9c 21c 35e 49c");

    TIME_TO_RESPONSE.put(key(TRIAL, "MADRS", 1), "1e 1e 2e 2e 3e 3c 4e 5e 5e 7e 8c 9e 11c 12e 14c");
    TIME_TO_RESPONSE.put(key(TRIAL, "MADRS", 2), "1e 2e 2c 4e 6e 8c 10e 13c");
    TIME_TO_RESPONSE.put(key(TRIAL, "PHQ9", 1), "1e 2e 3e 3e 4c 6e 7e 9c 10e 12c 13e 15c");
    TIME_TO_RESPONSE.put(key(TRIAL, "PHQ9", 2), "2e 3c 5e 9e 11c 14c");
    TIME_TO_RESPONSE.put(key(CLINIC, "MADRS", 1), "2e 3e 5c 5e 8e 10c 12e 15c 16c");
    TIME_TO_RESPONSE.put(key(CLINIC, "MADRS", 2), "3e 6c 9e 12c 15c");
    TIME_TO_RESPONSE.put(key(CLINIC, "PHQ9", 1), "1e 4e 4e 6c 7e 10e 11c 14c 17e 20c");
    TIME_TO_RESPONSE.put(key(CLINIC, "PHQ9", 2), "5c 8c 13c 19c");

    RATES.put(key(TRIAL, "MADRS", 1), new int[][] {{24, 17, 9}, {27, 18, 9}, {30, 17, 9}});
    RATES.put(key(TRIAL, "MADRS", 2), new int[][] {{12, 8, 3}, {13, 8, 3}, {15, 8, 3}});
    RATES.put(key(TRIAL, "PHQ9", 1), new int[][] {{22, 14, 6}, {25, 15, 6}, {28, 14, 6}});
    RATES.put(key(TRIAL, "PHQ9", 2), new int[][] {{10, 6, 2}, {11, 6, 2}, {13, 6, 2}});
    RATES.put(key(CLINIC, "MADRS", 1), new int[][] {{18, 9, 4}, {21, 10, 4}, {25, 9, 4}});
    RATES.put(key(CLINIC, "MADRS", 2), new int[][] {{7, 4, 1}, {8, 4, 1}, {10, 4, 1}});
    RATES.put(key(CLINIC, "PHQ9", 1), new int[][] {{31, 16, 8}, {36, 18, 9}, {40, 16, 8}});
    RATES.put(key(CLINIC, "PHQ9", 2), new int[][] {{0, 0, 0}, {2, 1, 0}, {4, 0, 0}});
  }

  private static String key(String study, String scale, int course) {
    return study + "|" + scale + "|" + course;
  }

  static ReportData realistic() {
    return new ReportData(
        run(),
        definitions(),
        LANDMARKS,
        responseRemission(),
        summaries(DURABILITY),
        kmRows(DURABILITY),
        summaries(TIME_TO_RESPONSE),
        kmRows(TIME_TO_RESPONSE),
        logRank(),
        trajectory(),
        quality(),
        List.of(),
        List.of(),
        null,
        safety(CLINIC, "NAUSEA"),
        summaries(TIME_TO_RESPONSE),
        kmRows(TIME_TO_RESPONSE),
        subgroups(),
        agreement());
  }

  /** Safety tables of one study: every table of the Safety section has rows. */
  static SafetyTables safety(String study, String term) {
    return new SafetyTables(
        List.of(
            new VitalSignsRow(
                study, "SYSBP", 1, "1", 4, 3, 120.0, 150.0, 30.0, 5.0, 185.0, 40.0, 1, 0.25, 0.05,
                0.7, List.of()),
            new VitalSignsRow(
                study, "RESP", 1, "ALL", 2, 2, 14.0, 16.0, 2.0, null, 17.0, 30.0, null, null, null,
                null, List.of())),
        List.of(
            new VitalSignsTimecourseRow(study, "SYSBP", -15, 4, 121.0, 6.0),
            new VitalSignsTimecourseRow(study, "SYSBP", 30, 4, 150.0, 12.0),
            new VitalSignsTimecourseRow(study, "DIABP", 30, 4, 85.0, 5.0),
            new VitalSignsTimecourseRow(study, "PULSE", 30, 3, 80.0, 7.0)),
        List.of(new DissociationRow(study, 1, "1", 5, 18.0, 6.0, 17.0, 30.0, 16.0)),
        List.of(
            new AdverseEventRow(
                study, 1, "GASTROINTESTINAL DISORDERS", term, 3, 4, 12, 25.0, 8.9, 53.2),
            new AdverseEventRow(study, 1, "ALL", "ANY", 5, 9, 12, 41.7, 19.3, 68.0)),
        List.of(
            new SuicidalityShiftRow(study, "PHQ9", 1, "0", "0", 6, List.of()),
            new SuicidalityShiftRow(study, "PHQ9", 1, "0", "1", 2, List.of()),
            new SuicidalityShiftRow(study, "PHQ9", 1, "1", "0", 3, List.of()),
            new SuicidalityShiftRow(study, "PHQ9", 1, "1", "1", 1, List.of())),
        List.of(
            new SuicidalitySummaryRow(
                study, "PHQ9", 1, 12, 2, 2.0 / 12, 0.05, 0.45, 8, 2, 0.25, 0.07, 0.59, 4, 3, 0.75,
                0.3, 0.95, List.of())));
  }

  /** The safety tables with {@code f} applied to study ids, scales, body systems and terms. */
  static SafetyTables mapSafety(SafetyTables t, UnaryOperator<String> f) {
    return new SafetyTables(
        t.vitalSigns().stream()
            .map(
                x ->
                    new VitalSignsRow(
                        f.apply(x.studyId()),
                        x.test(),
                        x.courseNumber(),
                        x.infusionNumber(),
                        x.nInfusions(),
                        x.nSubjects(),
                        x.meanPre(),
                        x.meanPeak(),
                        x.meanChange(),
                        x.sdChange(),
                        x.maxPeak(),
                        x.meanTimeToPeak(),
                        x.exceededN(),
                        x.exceededRate(),
                        x.exceededCiLow(),
                        x.exceededCiHigh(),
                        List.of()))
            .toList(),
        t.vitalSignsTimecourse().stream()
            .map(
                x ->
                    new VitalSignsTimecourseRow(
                        f.apply(x.studyId()), x.test(), x.minutes(), x.n(), x.mean(), x.sd()))
            .toList(),
        t.dissociation().stream()
            .map(
                x ->
                    new DissociationRow(
                        f.apply(x.studyId()),
                        x.courseNumber(),
                        x.infusionNumber(),
                        x.n(),
                        x.meanPeak(),
                        x.sdPeak(),
                        x.medianPeak(),
                        x.maxPeak(),
                        x.meanChange()))
            .toList(),
        t.adverseEvents().stream()
            .map(
                x ->
                    new AdverseEventRow(
                        f.apply(x.studyId()),
                        x.courseNumber(),
                        f.apply(x.bodySystem()),
                        f.apply(x.preferredTerm()),
                        x.nSubjects(),
                        x.nEvents(),
                        x.nTreated(),
                        x.pct(),
                        x.ciLow(),
                        x.ciHigh()))
            .toList(),
        t.suicidality().stream()
            .map(
                x ->
                    new SuicidalityShiftRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        x.courseNumber(),
                        x.baselineCategory(),
                        x.worstCategory(),
                        x.n(),
                        List.of()))
            .toList(),
        t.suicidalitySummary().stream()
            .map(
                x ->
                    new SuicidalitySummaryRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        x.courseNumber(),
                        x.n(),
                        x.worsened(),
                        x.worsenedRate(),
                        x.worsenedCiLow(),
                        x.worsenedCiHigh(),
                        x.emergentN(),
                        x.emergent(),
                        x.emergentRate(),
                        x.emergentCiLow(),
                        x.emergentCiHigh(),
                        x.resolvedN(),
                        x.resolved(),
                        x.resolvedRate(),
                        x.resolvedCiLow(),
                        x.resolvedCiHigh(),
                        List.of()))
            .toList());
  }

  /** {@link #realistic()} with a population flow and waterfalls that agree with its rates. */
  static ReportData withFlowAndWaterfall() {
    ReportData d = realistic();
    return ReportDataCopy.of(d).flowAndWaterfall(populationFlow(), waterfall()).build();
  }

  /**
   * Flow rows per study, scale and course: ITT, OC evaluable and OC responders from {@code RATES};
   * before them 3 courses without a baseline in course 1 (1 in course 2), 1 ambiguous baseline in
   * the trial's course 1 and 2 baselines of 0 in course 1. ALL rows are the sums.
   */
  static List<PopulationFlowRow> populationFlow() {
    List<PopulationFlowRow> rows = new ArrayList<>();
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        for (int course = 1; course <= 2; course++) {
          long[] f = new long[7];
          for (String s : study.equals("ALL") ? List.of(CLINIC, TRIAL) : List.of(study)) {
            int[][] r = RATES.get(key(s, scale, course));
            f[0] += course == 1 ? 3 : 1; // no baseline
            f[1] += s.equals(TRIAL) && course == 1 ? 1 : 0; // ambiguous
            f[2] += course == 1 ? 2 : 0; // baseline 0
            f[3] += r[2][0]; // ITT = NRI n
            f[4] += r[0][0]; // OC evaluable
            f[5] += r[0][1]; // OC responders
          }
          long withBaseline = f[3] + f[2];
          long courses = withBaseline + f[0] + f[1];
          rows.add(flow(study, scale, course, PopulationFlowRow.COURSES, courses, null));
          rows.add(
              flow(
                  study,
                  scale,
                  course,
                  PopulationFlowRow.WITH_BASELINE,
                  f[0],
                  PopulationFlowRow.NO_BASELINE));
          rows.add(
              flow(
                  study,
                  scale,
                  course,
                  PopulationFlowRow.WITH_BASELINE,
                  f[1],
                  PopulationFlowRow.BASELINE_AMBIGUOUS));
          rows.add(flow(study, scale, course, PopulationFlowRow.WITH_BASELINE, withBaseline, null));
          rows.add(
              flow(
                  study,
                  scale,
                  course,
                  PopulationFlowRow.ITT,
                  f[2],
                  PopulationFlowRow.BASELINE_ZERO));
          rows.add(flow(study, scale, course, PopulationFlowRow.ITT, f[3], null));
          rows.add(
              flow(
                  study,
                  scale,
                  course,
                  PopulationFlowRow.OC_EVALUABLE,
                  f[3] - f[4],
                  PopulationFlowRow.NO_OC_ENDPOINT));
          rows.add(flow(study, scale, course, PopulationFlowRow.OC_EVALUABLE, f[4], null));
          rows.add(
              flow(
                  study,
                  scale,
                  course,
                  PopulationFlowRow.OC_RESPONDERS,
                  f[4] - f[5],
                  PopulationFlowRow.OC_NON_RESPONDER));
          rows.add(flow(study, scale, course, PopulationFlowRow.OC_RESPONDERS, f[5], null));
        }
      }
    }
    return rows;
  }

  /** Subgroups of one factor with a reference level and one of n = 1 (interval to the edge). */
  static List<SubgroupRow> subgroups() {
    List<SubgroupRow> rows = new java.util.ArrayList<>();
    for (String study : List.of("KET-01", "ALL")) {
      rows.addAll(
          Subgroups.rows(
              study,
              "MADRS",
              1,
              "OC",
              "dose_band",
              List.of(
                  new LevelCounts("0.5-<0.75", 14, 7, 3),
                  new LevelCounts("0.75-<1.0", 9, 6, 2),
                  new LevelCounts(">=1.0", 1, 1, 1),
                  new LevelCounts("missing", 0, 0, 0))));
      rows.addAll(
          Subgroups.rows(
              study,
              "MADRS",
              1,
              "NRI",
              "sex",
              List.of(new LevelCounts("F", 12, 5, 2), new LevelCounts("M", 12, 8, 3))));
    }
    return rows;
  }

  private static PopulationFlowRow flow(
      String study, String scale, int course, String step, long n, String reason) {
    return new PopulationFlowRow(study, scale, course, step, (int) n, reason, List.of());
  }

  /**
   * Per scale, one bar per OC course of the pooled rows: responders between -55% and -94%, the
   * first of them remitters, non-responders between -48% and +20%; sorted as the job sorts.
   */
  static List<Waterfall> waterfall() {
    List<Waterfall> out = new ArrayList<>();
    for (String scale : SCALES) {
      List<WaterfallBar> bars = new ArrayList<>();
      int itt = 0;
      int responders = 0;
      int remitters = 0;
      int i = 0;
      for (int course = 1; course <= 2; course++) {
        int[][] r = pooledRates(scale, course);
        itt += r[2][0];
        for (int c = 0; c < r[0][0]; c++, i++) {
          boolean responder = c < r[0][1];
          boolean remitter = c < r[0][2];
          double pchg = responder ? -(55 + (i * 7) % 40) : -((i * 13) % 49) + (i % 4 == 0 ? 20 : 0);
          responders += responder ? 1 : 0;
          remitters += remitter ? 1 : 0;
          bars.add(
              new WaterfallBar(i % 2 == 0 ? CLINIC : TRIAL, course, pchg, responder, remitter));
        }
      }
      bars.sort(Comparator.comparingDouble(b -> -b.pctChange()));
      out.add(new Waterfall(scale, itt, bars.size(), responders, remitters, bars, List.of()));
    }
    return out;
  }

  /** Agreement rows: one ordinary, one with chance agreement 1 (kappa empty). */
  static List<AgreementRow> agreement() {
    return List.of(
        ScaleAgreement.row(
            "KET-01",
            1,
            "response",
            new TwoByTwo(6, 2, 1, 9),
            new double[] {-80, -60, -50, -45, -30, -10},
            new double[] {-70, -55, -52, -20, -35, 5}),
        ScaleAgreement.row(
            "KET-01",
            1,
            "remission",
            new TwoByTwo(0, 0, 0, 18),
            new double[] {-80, -60, -50},
            new double[] {-70, -55, -52}));
  }

  static RunInfo run() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("course_gap_days", 21);
    config.put("baseline_window_days", 14);
    config.put("endpoint_window_days", 7);
    config.put("response_fraction", 0.5);
    config.put("relapse_rule", "loss_of_response");
    config.put("relapse_confirmations", 1);
    config.put("retreatment_is_relapse", false);
    config.put("km_conf_type", "log");
    config.put("landmark_days", LANDMARKS);
    config.put("reject_threshold", 0.05);
    config.put("study_id", null);
    Map<String, Object> madrs = new LinkedHashMap<>();
    madrs.put("remission_max", 10);
    madrs.put("relapse_threshold", 22);
    Map<String, Object> phq9 = new LinkedHashMap<>();
    phq9.put("remission_max", 4);
    phq9.put("relapse_threshold", 10);
    Map<String, Object> scales = new LinkedHashMap<>();
    scales.put("MADRS", madrs);
    scales.put("PHQ9", phq9);
    config.put("scales", scales);
    return new RunInfo(
        "run-7f3a9c2e", "0.1.0", "526eb5e", 14, 12345, 67, CLINIC + ", " + TRIAL, config);
  }

  static Definitions definitions() {
    Map<String, String> remission = new LinkedHashMap<>();
    remission.put("MADRS", "MADRS total ≤ 10");
    remission.put("PHQ9", "PHQ9 total ≤ 4");
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "OC",
        "Observed case: the first assessment 1 to 7 days after the last infusion of the course,"
            + " before a next course; courses without one are not in the denominator.");
    endpoints.put(
        "LOCF",
        "Last observation carried forward: the OC endpoint, else the last post-baseline"
            + " assessment up to 7 days after the last infusion; the baseline is never carried.");
    endpoints.put(
        "NRI",
        "Non-responder imputation: every ITT course; a course without an OC endpoint counts as"
            + " non-responder and non-remitter.");
    endpoints.put(
        "ITT",
        "Courses with a baseline total above 0: the latest pre-infusion assessment within 14 days"
            + " before the first infusion.");
    return new Definitions(
        "≥ 50% reduction of the total score from baseline",
        remission,
        "Relapse (loss of response): MADRS and PHQ9 reduction from baseline < 50%, confirmed by 1"
            + " assessment. A next course before relapse censors durability at its first infusion"
            + " day.",
        "Rates: Wilson score 95% interval (R prop.test, correct = FALSE). Kaplan-Meier:"
            + " Greenwood variance, log 95% interval (R survfit conf.type = \"log\").",
        endpoints);
  }

  static List<ResponseRemissionRow> responseRemission() {
    List<ResponseRemissionRow> rows = new ArrayList<>();
    String[] analyses = {"OC", "LOCF", "NRI"};
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        for (int course = 1; course <= 2; course++) {
          int[][] counts =
              study.equals("ALL")
                  ? pooledRates(scale, course)
                  : RATES.get(key(study, scale, course));
          for (int a = 0; a < 3; a++) {
            int n = counts[a][0];
            Proportion resp = WilsonInterval.of(counts[a][1], n);
            Proportion rem = WilsonInterval.of(counts[a][2], n);
            rows.add(
                new ResponseRemissionRow(
                    study,
                    scale,
                    course,
                    analyses[a],
                    n,
                    counts[a][1],
                    resp.rate(),
                    resp.low(),
                    resp.high(),
                    counts[a][2],
                    rem.rate(),
                    rem.low(),
                    rem.high(),
                    List.of()));
          }
        }
      }
    }
    return rows;
  }

  private static int[][] pooledRates(String scale, int course) {
    int[][] a = RATES.get(key(TRIAL, scale, course));
    int[][] b = RATES.get(key(CLINIC, scale, course));
    int[][] sum = new int[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        sum[i][j] = a[i][j] + b[i][j];
      }
    }
    return sum;
  }

  /** Times and events of one group; ALL pools the two studies. */
  private static double[][] times(
      Map<String, String> source, String study, String scale, int course) {
    String spec =
        study.equals("ALL")
            ? source.get(key(CLINIC, scale, course)) + " " + source.get(key(TRIAL, scale, course))
            : source.get(key(study, scale, course));
    String[] parts = spec.trim().split("\\s+");
    double[] t = new double[parts.length];
    double[] e = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      t[i] = Double.parseDouble(parts[i].substring(0, parts[i].length() - 1));
      e[i] = parts[i].endsWith("e") ? 1 : 0;
    }
    return new double[][] {t, e};
  }

  private static boolean[] events(double[] e) {
    boolean[] b = new boolean[e.length];
    for (int i = 0; i < e.length; i++) {
      b[i] = e[i] == 1;
    }
    return b;
  }

  static List<KmRow> kmRows(Map<String, String> source) {
    List<KmRow> rows = new ArrayList<>();
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        for (int course = 1; course <= 2; course++) {
          double[][] te = times(source, study, scale, course);
          KmCurve curve = KaplanMeier.estimate(te[0], events(te[1]), ConfType.LOG);
          for (KmStep s : curve.steps()) {
            rows.add(
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
                    s.ciHigh()));
          }
        }
      }
    }
    return rows;
  }

  static List<SurvivalSummaryRow> summaries(Map<String, String> source) {
    List<SurvivalSummaryRow> rows = new ArrayList<>();
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        for (int course = 1; course <= 2; course++) {
          double[][] te = times(source, study, scale, course);
          boolean[] ev = events(te[1]);
          KmCurve curve = KaplanMeier.estimate(te[0], ev, ConfType.LOG);
          List<SurvivalSummaryRow.Landmark> landmarks = new ArrayList<>();
          for (int d : LANDMARKS) {
            LandmarkSurvival l = curve.survivalAt(d);
            landmarks.add(new SurvivalSummaryRow.Landmark(d, l.survival(), l.ciLow(), l.ciHigh()));
          }
          KmQuantile median = curve.median();
          rows.add(
              new SurvivalSummaryRow(
                  study,
                  scale,
                  course,
                  curve.n(),
                  curve.events(),
                  curve.censored(),
                  median.time(),
                  median.ciLow(),
                  median.ciHigh(),
                  curve.q1().time(),
                  curve.q3().time(),
                  landmarks,
                  KaplanMeier.medianFollowUp(te[0], ev),
                  List.of()));
        }
      }
    }
    return rows;
  }

  static List<LogRankRow> logRank() {
    List<LogRankRow> rows = new ArrayList<>();
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        for (Map.Entry<String, Map<String, String>> endpoint :
            Map.of("durability", DURABILITY, "time_to_response", TIME_TO_RESPONSE)
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
          List<Double> t = new ArrayList<>();
          List<Boolean> e = new ArrayList<>();
          List<Integer> g = new ArrayList<>();
          for (int course = 1; course <= 2; course++) {
            double[][] te = times(endpoint.getValue(), study, scale, course);
            for (int i = 0; i < te[0].length; i++) {
              t.add(te[0][i]);
              e.add(te[1][i] == 1);
              g.add(course);
            }
          }
          double[] tt = t.stream().mapToDouble(Double::doubleValue).toArray();
          boolean[] ee = new boolean[e.size()];
          for (int i = 0; i < ee.length; i++) {
            ee[i] = e.get(i);
          }
          LogRankResult r = LogRank.test(tt, ee, g.stream().mapToInt(Integer::intValue).toArray());
          rows.add(
              new LogRankRow(
                  study, scale, endpoint.getKey(), "1;2", r.chisq(), r.df(), r.pValue()));
        }
      }
    }
    return rows;
  }

  static List<TrajectoryRow> trajectory() {
    int[] days = {0, 2, 4, 7, 9, 11, 14, 21, 28};
    List<TrajectoryRow> rows = new ArrayList<>();
    for (String study : STUDIES) {
      for (String scale : SCALES) {
        double baseline = scale.equals("MADRS") ? 32.4 : 18.6;
        for (int course = 1; course <= 2; course++) {
          int n0 = (study.equals("ALL") ? 50 : 25) / course;
          double depth = course == 1 ? 0.52 : 0.38;
          for (int i = 0; i < days.length; i++) {
            int day = days[i];
            double mean = baseline * (1 - depth * (1 - Math.exp(-day / 5.0)));
            int n = Math.max(1, n0 - 2 * i);
            boolean lastOfSmall = study.equals(CLINIC) && course == 2 && i == days.length - 1;
            if (lastOfSmall) {
              n = 1;
            }
            Double sd = n == 1 ? null : baseline * 0.18 + i * 0.2;
            Double pct =
                study.equals(CLINIC) && scale.equals("PHQ9") && day == 21
                    ? null
                    : (mean - baseline) / baseline * 100;
            rows.add(
                new TrajectoryRow(study, scale, course, day, n, mean, sd, mean - baseline, pct));
          }
        }
      }
    }
    return rows;
  }

  static QualityReport quality() {
    List<QualityCheck> checks =
        List.of(
            new QualityCheck(
                "records_accepted",
                "Input records read that were accepted (rejected records are in normalized/rejects)",
                QualityCheck.PASS_WITH_VIOLATIONS,
                67,
                12345,
                "67 of 12345 violate the rule (reject_threshold 0.05)"),
            new QualityCheck(
                "files_read",
                "Input files read completely (not refused, format recognised)",
                QualityCheck.PASS,
                0,
                14,
                "0 of 14 violate the rule"),
            new QualityCheck(
                "baseline_unambiguous",
                "Course x scale pairs whose baseline is unambiguous (one score at the latest time)",
                QualityCheck.FAIL,
                9,
                160,
                "9 of 160 violate the rule (at most 2% allowed)"),
            new QualityCheck(
                "duplicates_consistent",
                "Assessments and infusions without a conflicting duplicate in the inputs",
                QualityCheck.ERROR,
                0,
                0,
                "the check could not be computed: table missing"),
            new QualityCheck(
                "oc_endpoint_present",
                "ITT courses with an observed-case endpoint in the endpoint window",
                QualityCheck.NOT_APPLICABLE,
                0,
                0,
                "nothing to check: the denominator is 0"));
    Map<String, Long> rejects =
        new TreeMap<>(Map.of("item_out_of_range", 41L, "partial_date", 19L, "mixed_time_axis", 7L));
    Map<String, Long> warnings =
        new TreeMap<>(Map.of("reported_total_mismatch", 12L, "duplicate_identical", 3L));
    Map<String, Long> changes = new LinkedHashMap<>();
    changes.put("rejects.item_out_of_range", 3L);
    changes.put("rejects.partial_date", -2L);
    changes.put("checks.baseline_unambiguous", 1L);
    return new QualityReport(rejects, warnings, checks, changes);
  }

  /** The same data with {@code f} applied to every text: ids, labels, keys, config, messages. */
  static ReportData mapText(ReportData d, UnaryOperator<String> f) {
    RunInfo r = d.run();
    RunInfo run =
        new RunInfo(
            f.apply(r.runId()),
            f.apply(r.toolVersion()),
            f.apply(r.gitCommit()),
            r.filesRead(),
            r.recordsRead(),
            r.recordsRejected(),
            f.apply(r.studies()),
            mapConfig(r.config(), f),
            r.scaleDefinitions());
    Definitions df = d.definitions();
    Definitions defs =
        new Definitions(
            f.apply(df.response()),
            mapStrings(df.remissionByScale(), f),
            f.apply(df.relapse()),
            f.apply(df.confidenceIntervals()),
            mapStrings(df.endpoints(), f));
    List<ResponseRemissionRow> rr =
        d.responseRemission().stream()
            .map(
                x ->
                    new ResponseRemissionRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        x.courseNumber(),
                        f.apply(x.analysis()),
                        x.n(),
                        x.responders(),
                        x.responseRate(),
                        x.responseCiLow(),
                        x.responseCiHigh(),
                        x.remitters(),
                        x.remissionRate(),
                        x.remissionCiLow(),
                        x.remissionCiHigh(),
                        List.of()))
            .toList();
    UnaryOperator<List<SurvivalSummaryRow>> summaries =
        l ->
            l.stream()
                .map(
                    x ->
                        new SurvivalSummaryRow(
                            f.apply(x.studyId()),
                            f.apply(x.scale()),
                            x.courseNumber(),
                            x.n(),
                            x.events(),
                            x.censored(),
                            x.medianDays(),
                            x.medianCiLow(),
                            x.medianCiHigh(),
                            x.q1Days(),
                            x.q3Days(),
                            x.landmarks(),
                            x.medianFollowupDays(),
                            List.of()))
                .toList();
    UnaryOperator<List<KmRow>> km =
        l ->
            l.stream()
                .map(
                    x ->
                        new KmRow(
                            f.apply(x.studyId()),
                            f.apply(x.scale()),
                            x.courseNumber(),
                            x.timeDays(),
                            x.nRisk(),
                            x.nEvent(),
                            x.nCensor(),
                            x.survival(),
                            x.stdErr(),
                            x.ciLow(),
                            x.ciHigh()))
                .toList();
    List<LogRankRow> lr =
        d.logRank().stream()
            .map(
                x ->
                    new LogRankRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        f.apply(x.endpoint()),
                        f.apply(x.groups()),
                        x.chisq(),
                        x.df(),
                        x.pValue()))
            .toList();
    List<TrajectoryRow> tr =
        d.trajectory().stream()
            .map(
                x ->
                    new TrajectoryRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        x.courseNumber(),
                        x.day(),
                        x.n(),
                        x.meanScore(),
                        x.sdScore(),
                        x.meanChange(),
                        x.meanPctChange()))
            .toList();
    QualityReport q = d.quality();
    QualityReport quality =
        new QualityReport(
            mapKeys(q.rejectsByRule(), f),
            mapKeys(q.warningsByRule(), f),
            q.checks().stream()
                .map(
                    c ->
                        new QualityCheck(
                            f.apply(c.id()),
                            f.apply(c.description()),
                            f.apply(c.status()),
                            c.violations(),
                            c.denominator(),
                            f.apply(c.detail())))
                .toList(),
            mapKeys(q.changesSinceLastRun(), f));
    return new ReportData(
        run,
        defs,
        d.landmarkDays(),
        rr,
        summaries.apply(d.durabilitySummary()),
        km.apply(d.durabilityKm()),
        summaries.apply(d.timeToResponseSummary()),
        km.apply(d.timeToResponseKm()),
        lr,
        tr,
        quality,
        List.of(),
        List.of(),
        null,
        mapSafety(d.safety(), f),
        summaries.apply(d.timeToRemissionSummary()),
        km.apply(d.timeToRemissionKm()),
        d.subgroups().stream()
            .map(
                x ->
                    new SubgroupRow(
                        f.apply(x.studyId()),
                        f.apply(x.scale()),
                        x.courseNumber(),
                        x.analysis(), // a fixed code (OC, NRI) that selects the plotted rows
                        f.apply(x.factor()),
                        f.apply(x.level()),
                        x.n(),
                        x.responders(),
                        x.responseRate(),
                        x.responseCiLow(),
                        x.responseCiHigh(),
                        x.remitters(),
                        x.remissionRate(),
                        x.remissionCiLow(),
                        x.remissionCiHigh(),
                        f.apply(x.referenceLevel()),
                        x.responseDiff(),
                        x.responseDiffCiLow(),
                        x.responseDiffCiHigh(),
                        x.suppressed()))
            .toList(),
        d.agreement().stream()
            .map(
                x ->
                    new AgreementRow(
                        f.apply(x.studyId()),
                        x.courseNumber(),
                        f.apply(x.endpoint()),
                        x.n(),
                        x.both(),
                        x.madrsOnly(),
                        x.phq9Only(),
                        x.neither(),
                        x.agreement(),
                        x.kappa(),
                        x.kappaSe(),
                        x.kappaCiLow(),
                        x.kappaCiHigh(),
                        x.pchgCorrelation(),
                        x.suppressed()))
            .toList());
  }

  private static Map<String, String> mapStrings(Map<String, String> m, UnaryOperator<String> f) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(f.apply(k), f.apply(v)));
    return out;
  }

  private static Map<String, Long> mapKeys(Map<String, Long> m, UnaryOperator<String> f) {
    Map<String, Long> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(f.apply(k), v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapConfig(Map<String, Object> m, UnaryOperator<String> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          Object value;
          if (v instanceof Map<?, ?> nested) {
            value = mapConfig((Map<String, Object>) nested, f);
          } else if (v instanceof List<?> list) {
            value = list.stream().map(x -> x instanceof String s ? f.apply(s) : x).toList();
          } else if (v instanceof String s) {
            value = f.apply(s);
          } else {
            value = v;
          }
          out.put(f.apply(k), value);
        });
    out.put(f.apply("free_text"), List.of(f.apply("a"), f.apply("b")));
    return out;
  }
}
