package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * Everything the analysis produced, in one value: the tables of SPEC §7 plus what the HTML report
 * and {@code summary.json} need around them. Rows are in report order (studies alphabetically with
 * the pooled {@code ALL} last, then scale, course number).
 *
 * @param populationFlow {@code population_flow.csv} (SPEC §7.1)
 * @param waterfall the OC percent change of every ITT course, one chart per scale (SPEC §7.1)
 * @param minCellSize the small-cell threshold k applied to every table (SPEC §13), or null when
 *     nothing is suppressed
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
    List<PopulationFlowRow> populationFlow,
    List<Waterfall> waterfall,
    Integer minCellSize) {

  /** Report data without a population flow, waterfall or suppression. */
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
        List.of(),
        List.of(),
        null);
  }
}
