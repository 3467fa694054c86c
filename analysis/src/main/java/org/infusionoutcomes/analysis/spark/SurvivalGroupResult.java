package org.infusionoutcomes.analysis.spark;

import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;

/** One result of a per-group survival computation; exactly one payload is set. */
public record SurvivalGroupResult(
    String endpoint, SurvivalSummaryRow summary, KmRow km, LogRankRow logRank) {}
