package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * Everything the analysis produced, in one value: the outcome tables, the safety tables and what
 * the HTML report and {@code summary.json} need around them (docs/report.md). Rows are in report
 * order (studies alphabetically with the pooled {@code ALL} last, then scale, course number).
 *
 * @param populationFlow {@code population_flow.csv}
 * @param waterfall the OC percent change of every ITT course, one chart per scale
 * @param minCellSize the small-cell threshold k applied to every table, or null when nothing is
 *     suppressed
 * @param safety the safety tables (empty when the input has no vital signs, adverse events or
 *     dissociation scores)
 * @param timeToRemissionSummary {@code time_to_remission_summary.csv}
 * @param timeToRemissionKm the time-to-remission curves
 * @param subgroups {@code subgroups.csv}: response and remission by course factor level
 * @param agreement {@code agreement.csv}: MADRS against PHQ-9 on the same courses
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
    Integer minCellSize,
    SafetyTables safety,
    List<SurvivalSummaryRow> timeToRemissionSummary,
    List<KmRow> timeToRemissionKm,
    List<SubgroupRow> subgroups,
    List<AgreementRow> agreement) {

  public ReportData {
    safety = safety == null ? SafetyTables.empty() : safety;
    // A summary.json written before these tables existed reads back with nulls.
    timeToRemissionSummary = timeToRemissionSummary == null ? List.of() : timeToRemissionSummary;
    timeToRemissionKm = timeToRemissionKm == null ? List.of() : timeToRemissionKm;
    subgroups = subgroups == null ? List.of() : subgroups;
    agreement = agreement == null ? List.of() : agreement;
  }

  /**
   * This report data completed with what the analysis job does not compute: the run, the
   * definitions, the quality report and the safety tables.
   */
  public ReportData withRun(
      RunInfo run, Definitions definitions, QualityReport quality, SafetyTables safety) {
    return new ReportData(
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
        populationFlow,
        waterfall,
        minCellSize,
        safety,
        timeToRemissionSummary,
        timeToRemissionKm,
        subgroups,
        agreement);
  }
}
