package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * Everything the analysis produced, in one value: the tables of SPEC §7 and the safety tables, plus
 * what the HTML report and {@code summary.json} need around them. Rows are in report order (studies
 * alphabetically with the pooled {@code ALL} last, then scale, course number).
 */
public record ReportData(
    RunInfo run,
    Definitions definitions,
    List<Integer> landmarkDays,
    List<ResponseRemissionRow> responseRemission,
    List<SurvivalSummaryRow> durabilitySummary,
    List<KmRow> durabilityKm,
    List<SurvivalSummaryRow> timeToResponseSummary,
    List<KmRow> timeToResponseKm,
    List<LogRankRow> logRank,
    List<TrajectoryRow> trajectory,
    QualityReport quality,
    SafetyTables safety) {

  public ReportData {
    safety = safety == null ? SafetyTables.empty() : safety;
  }

  /** A report without safety data (outputs written before the safety tables existed). */
  public ReportData(
      RunInfo run,
      Definitions definitions,
      List<Integer> landmarkDays,
      List<ResponseRemissionRow> responseRemission,
      List<SurvivalSummaryRow> durabilitySummary,
      List<KmRow> durabilityKm,
      List<SurvivalSummaryRow> timeToResponseSummary,
      List<KmRow> timeToResponseKm,
      List<LogRankRow> logRank,
      List<TrajectoryRow> trajectory,
      QualityReport quality) {
    this(
        run,
        definitions,
        landmarkDays,
        responseRemission,
        durabilitySummary,
        durabilityKm,
        timeToResponseSummary,
        timeToResponseKm,
        logRank,
        trajectory,
        quality,
        SafetyTables.empty());
  }
}
