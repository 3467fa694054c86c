package org.infusionoutcomes.analysis.report;

import static org.infusionoutcomes.analysis.report.CsvCells.integer;
import static org.infusionoutcomes.analysis.report.CsvCells.number;
import static org.infusionoutcomes.analysis.report.CsvCells.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of each report CSV, exactly as SPEC §7 names them, and the cells of each row. One
 * place decides both, so a header and its rows can never disagree.
 */
public final class ReportTables {
  public static final String RESPONSE_REMISSION = "response_remission.csv";
  public static final String DURABILITY_SUMMARY = "durability_summary.csv";
  public static final String DURABILITY_KM = "durability_km.csv";
  public static final String TIME_TO_RESPONSE_SUMMARY = "time_to_response_summary.csv";
  public static final String LOGRANK = "logrank.csv";
  public static final String TRAJECTORY = "trajectory.csv";
  public static final String VITAL_SIGNS = "vital_signs.csv";
  public static final String VITAL_SIGNS_TIMECOURSE = "vital_signs_timecourse.csv";
  public static final String DISSOCIATION = "dissociation.csv";
  public static final String ADVERSE_EVENTS = "adverse_events.csv";
  public static final String SUICIDALITY = "suicidality.csv";
  public static final String SUICIDALITY_SUMMARY = "suicidality_summary.csv";
  public static final String POPULATION_FLOW = "population_flow.csv";
  public static final String TIME_TO_REMISSION_SUMMARY = "time_to_remission_summary.csv";
  public static final String SUBGROUPS = "subgroups.csv";
  public static final String AGREEMENT = "agreement.csv";

  /** The column small-cell suppression adds to every CSV (SPEC §13). */
  public static final String SUPPRESSED = "suppressed";

  private ReportTables() {}

  /** A table as text cells: the header, then one array per row. */
  public record Table(List<String> header, List<List<String>> rows) {

    /**
     * This table with the {@code suppressed} column of SPEC §13: {@code true} where anything in the
     * row was suppressed.
     *
     * @param suppressed one flag per row, in row order
     */
    public Table withSuppressedColumn(List<Boolean> suppressed) {
      if (suppressed.size() != rows.size()) {
        throw new IllegalArgumentException(
            suppressed.size() + " suppressed flags for " + rows.size() + " rows");
      }
      List<String> h = new ArrayList<>(header);
      h.add(SUPPRESSED);
      List<List<String>> r = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = new ArrayList<>(rows.get(i));
        row.add(Boolean.toString(suppressed.get(i)));
        r.add(List.copyOf(row));
      }
      return new Table(List.copyOf(h), r);
    }
  }

  /** {@code population_flow.csv} (SPEC §7.1). */
  public static Table populationFlow(List<PopulationFlowRow> rows) {
    List<String> header = List.of("study_id", "scale", "course_number", "step", "n", "reason");
    List<List<String>> cells = new ArrayList<>();
    for (PopulationFlowRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              text(r.step()),
              integer(r.n()),
              text(r.reason())));
    }
    return new Table(header, cells);
  }

  public static Table responseRemission(List<ResponseRemissionRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "analysis",
            "n",
            "responders",
            "response_rate",
            "response_ci_low",
            "response_ci_high",
            "remitters",
            "remission_rate",
            "remission_ci_low",
            "remission_ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (ResponseRemissionRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              text(r.analysis()),
              integer(r.n()),
              integer(r.responders()),
              number(r.responseRate()),
              number(r.responseCiLow()),
              number(r.responseCiHigh()),
              integer(r.remitters()),
              number(r.remissionRate()),
              number(r.remissionCiLow()),
              number(r.remissionCiHigh())));
    }
    return new Table(header, cells);
  }

  /** Durability or time-to-response summary; landmark columns follow the configured days. */
  public static Table survivalSummary(List<SurvivalSummaryRow> rows, List<Integer> landmarkDays) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "study_id",
                "scale",
                "course_number",
                "n",
                "events",
                "censored",
                "median_days",
                "median_ci_low",
                "median_ci_high",
                "q1_days",
                "q3_days"));
    for (int d : landmarkDays) {
      header.add("s_d" + d);
      header.add("s_d" + d + "_ci_low");
      header.add("s_d" + d + "_ci_high");
    }
    header.add("median_followup_days");
    List<List<String>> cells = new ArrayList<>();
    for (SurvivalSummaryRow r : rows) {
      List<String> c =
          new ArrayList<>(
              List.of(
                  text(r.studyId()),
                  text(r.scale()),
                  integer(r.courseNumber()),
                  integer(r.n()),
                  integer(r.events()),
                  integer(r.censored()),
                  number(r.medianDays()),
                  number(r.medianCiLow()),
                  number(r.medianCiHigh()),
                  number(r.q1Days()),
                  number(r.q3Days())));
      for (int i = 0; i < landmarkDays.size(); i++) {
        SurvivalSummaryRow.Landmark l = r.landmarks().get(i);
        c.add(number(l.survival()));
        c.add(number(l.ciLow()));
        c.add(number(l.ciHigh()));
      }
      c.add(number(r.medianFollowupDays()));
      cells.add(c);
    }
    return new Table(List.copyOf(header), cells);
  }

  public static Table km(List<KmRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "time_days",
            "n_risk",
            "n_event",
            "n_censor",
            "survival",
            "std_err",
            "ci_low",
            "ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (KmRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              number(r.timeDays()),
              integer(r.nRisk()),
              integer(r.nEvent()),
              integer(r.nCensor()),
              number(r.survival()),
              number(r.stdErr()),
              number(r.ciLow()),
              number(r.ciHigh())));
    }
    return new Table(header, cells);
  }

  public static Table logRank(List<LogRankRow> rows) {
    List<String> header =
        List.of("study_id", "scale", "endpoint", "groups", "chisq", "df", "p_value");
    List<List<String>> cells = new ArrayList<>();
    for (LogRankRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              text(r.endpoint()),
              text(r.groups()),
              number(r.chisq()),
              integer(r.df()),
              number(r.pValue())));
    }
    return new Table(header, cells);
  }

  public static Table trajectory(List<TrajectoryRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "day",
            "n",
            "mean_score",
            "sd_score",
            "mean_change",
            "mean_pct_change");
    List<List<String>> cells = new ArrayList<>();
    for (TrajectoryRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              integer(r.day()),
              integer(r.n()),
              number(r.meanScore()),
              number(r.sdScore()),
              number(r.meanChange()),
              number(r.meanPctChange())));
    }
    return new Table(header, cells);
  }

  private static String count(Integer n) {
    return n == null ? "" : integer(n);
  }

  public static Table vitalSigns(List<VitalSignsRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "test",
            "course_number",
            "infusion_number",
            "n_infusions",
            "n_subjects",
            "mean_pre",
            "mean_peak",
            "mean_change",
            "sd_change",
            "max_peak",
            "mean_time_to_peak",
            "exceeded_n",
            "exceeded_rate",
            "exceeded_ci_low",
            "exceeded_ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (VitalSignsRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.test()),
              integer(r.courseNumber()),
              text(r.infusionNumber()),
              count(r.nInfusions()),
              count(r.nSubjects()),
              number(r.meanPre()),
              number(r.meanPeak()),
              number(r.meanChange()),
              number(r.sdChange()),
              number(r.maxPeak()),
              number(r.meanTimeToPeak()),
              count(r.exceededN()),
              number(r.exceededRate()),
              number(r.exceededCiLow()),
              number(r.exceededCiHigh())));
    }
    return new Table(header, cells);
  }

  public static Table vitalSignsTimecourse(List<VitalSignsTimecourseRow> rows) {
    List<String> header = List.of("study_id", "test", "minutes", "n", "mean", "sd");
    List<List<String>> cells = new ArrayList<>();
    for (VitalSignsTimecourseRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.test()),
              integer(r.minutes()),
              count(r.n()),
              number(r.mean()),
              number(r.sd())));
    }
    return new Table(header, cells);
  }

  public static Table dissociation(List<DissociationRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "course_number",
            "infusion_number",
            "n",
            "mean_peak",
            "sd_peak",
            "median_peak",
            "max_peak",
            "mean_change");
    List<List<String>> cells = new ArrayList<>();
    for (DissociationRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              integer(r.courseNumber()),
              text(r.infusionNumber()),
              count(r.n()),
              number(r.meanPeak()),
              number(r.sdPeak()),
              number(r.medianPeak()),
              number(r.maxPeak()),
              number(r.meanChange())));
    }
    return new Table(header, cells);
  }

  public static Table adverseEvents(List<AdverseEventRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "course_number",
            "body_system",
            "preferred_term",
            "n_subjects",
            "n_events",
            "n_treated",
            "pct",
            "ci_low",
            "ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (AdverseEventRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              integer(r.courseNumber()),
              text(r.bodySystem()),
              text(r.preferredTerm()),
              count(r.nSubjects()),
              count(r.nEvents()),
              count(r.nTreated()),
              number(r.pct()),
              number(r.ciLow()),
              number(r.ciHigh())));
    }
    return new Table(header, cells);
  }

  public static Table suicidality(List<SuicidalityShiftRow> rows) {
    List<String> header =
        List.of("study_id", "scale", "course_number", "baseline_category", "worst_category", "n");
    List<List<String>> cells = new ArrayList<>();
    for (SuicidalityShiftRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              text(r.baselineCategory()),
              text(r.worstCategory()),
              count(r.n())));
    }
    return new Table(header, cells);
  }

  public static Table suicidalitySummary(List<SuicidalitySummaryRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "n",
            "worsened",
            "worsened_rate",
            "worsened_ci_low",
            "worsened_ci_high",
            "emergent",
            "emergent_rate",
            "emergent_ci_low",
            "emergent_ci_high",
            "resolved",
            "resolved_rate",
            "resolved_ci_low",
            "resolved_ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (SuicidalitySummaryRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              count(r.n()),
              count(r.worsened()),
              number(r.worsenedRate()),
              number(r.worsenedCiLow()),
              number(r.worsenedCiHigh()),
              count(r.emergent()),
              number(r.emergentRate()),
              number(r.emergentCiLow()),
              number(r.emergentCiHigh()),
              count(r.resolved()),
              number(r.resolvedRate()),
              number(r.resolvedCiLow()),
              number(r.resolvedCiHigh())));
    }
    return new Table(header, cells);
  }

  /** Response and remission by course factor level (descriptive, unadjusted). */
  public static Table subgroups(List<SubgroupRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "scale",
            "course_number",
            "analysis",
            "factor",
            "level",
            "n",
            "responders",
            "response_rate",
            "response_ci_low",
            "response_ci_high",
            "remitters",
            "remission_rate",
            "remission_ci_low",
            "remission_ci_high",
            "reference_level",
            "response_diff",
            "response_diff_ci_low",
            "response_diff_ci_high");
    List<List<String>> cells = new ArrayList<>();
    for (SubgroupRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              text(r.scale()),
              integer(r.courseNumber()),
              text(r.analysis()),
              text(r.factor()),
              text(r.level()),
              integer(r.n()),
              integer(r.responders()),
              number(r.responseRate()),
              number(r.responseCiLow()),
              number(r.responseCiHigh()),
              integer(r.remitters()),
              number(r.remissionRate()),
              number(r.remissionCiLow()),
              number(r.remissionCiHigh()),
              text(r.referenceLevel()),
              number(r.responseDiff()),
              number(r.responseDiffCiLow()),
              number(r.responseDiffCiHigh())));
    }
    return new Table(header, cells);
  }

  /** MADRS against PHQ-9 classification of the same courses. */
  public static Table agreement(List<AgreementRow> rows) {
    List<String> header =
        List.of(
            "study_id",
            "course_number",
            "endpoint",
            "n",
            "both",
            "madrs_only",
            "phq9_only",
            "neither",
            "agreement",
            "kappa",
            "kappa_se",
            "kappa_ci_low",
            "kappa_ci_high",
            "pchg_correlation");
    List<List<String>> cells = new ArrayList<>();
    for (AgreementRow r : rows) {
      cells.add(
          List.of(
              text(r.studyId()),
              integer(r.courseNumber()),
              text(r.endpoint()),
              integer(r.n()),
              integer(r.both()),
              integer(r.madrsOnly()),
              integer(r.phq9Only()),
              integer(r.neither()),
              number(r.agreement()),
              number(r.kappa()),
              number(r.kappaSe()),
              number(r.kappaCiLow()),
              number(r.kappaCiHigh()),
              number(r.pchgCorrelation())));
    }
    return new Table(header, cells);
  }
}
