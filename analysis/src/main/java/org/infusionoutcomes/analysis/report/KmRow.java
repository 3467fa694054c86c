package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code durability_km.csv} (docs/statistics.md, "Kaplan-Meier"): one distinct event or
 * censoring time of a group.
 */
public record KmRow(
    String studyId,
    String scale,
    int courseNumber,
    double timeDays,
    int nRisk,
    int nEvent,
    int nCensor,
    double survival,
    Double stdErr,
    Double ciLow,
    Double ciHigh)
    implements ReportGroupRow {}
