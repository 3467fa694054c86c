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
  public static final String TIME_TO_REMISSION_SUMMARY = "time_to_remission_summary.csv";
  public static final String SUBGROUPS = "subgroups.csv";
  public static final String AGREEMENT = "agreement.csv";

  private ReportTables() {}

  /** A table as text cells: the header, then one array per row. */
  public record Table(List<String> header, List<List<String>> rows) {}

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
