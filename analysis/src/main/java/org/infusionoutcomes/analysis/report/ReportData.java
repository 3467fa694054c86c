package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * Everything the analysis produced, in one value: the tables of SPEC §7 plus what the HTML report
 * and {@code summary.json} need around them. Rows are in report order (studies alphabetically with
 * the pooled {@code ALL} last, then scale, course number).
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
    List<SurvivalSummaryRow> timeToRemissionSummary,
    List<KmRow> timeToRemissionKm,
    List<SubgroupRow> subgroups,
    List<AgreementRow> agreement) {

  public ReportData {
    // A summary.json written before these tables existed reads back with nulls.
    timeToRemissionSummary = timeToRemissionSummary == null ? List.of() : timeToRemissionSummary;
    timeToRemissionKm = timeToRemissionKm == null ? List.of() : timeToRemissionKm;
    subgroups = subgroups == null ? List.of() : subgroups;
    agreement = agreement == null ? List.of() : agreement;
  }
}
