package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code subgroups.csv} (docs/outputs.md): response and remission among the courses of one
 * factor level with Wilson 95% intervals, and the response difference to the reference level with
 * Newcombe's hybrid score 95% interval. Descriptive and unadjusted. The reference level's own row
 * has a difference of 0 and no interval.
 */
public record SubgroupRow(
    String studyId,
    String scale,
    int courseNumber,
    String analysis,
    String factor,
    String level,
    int n,
    int responders,
    Double responseRate,
    Double responseCiLow,
    Double responseCiHigh,
    int remitters,
    Double remissionRate,
    Double remissionCiLow,
    Double remissionCiHigh,
    String referenceLevel,
    Double responseDiff,
    Double responseDiffCiLow,
    Double responseDiffCiHigh)
    implements ReportGroupRow {}
