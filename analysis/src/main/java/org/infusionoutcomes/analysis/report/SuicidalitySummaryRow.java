package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code suicidality_summary.csv}: worsened among the {@code n} ITT courses with the item
 * answered at baseline and in course; emergent among those with baseline 0 ({@code emergentN});
 * resolved among those with baseline above 0 and the item answered at the OC endpoint ({@code
 * resolvedN}). Rates with Wilson 95% intervals; the two extra denominators are in {@code
 * summary.json} and the HTML report, not in the CSV, whose columns docs/report.md fixes.
 */
public record SuicidalitySummaryRow(
    String studyId,
    String scale,
    int courseNumber,
    int n,
    int worsened,
    Double worsenedRate,
    Double worsenedCiLow,
    Double worsenedCiHigh,
    int emergentN,
    int emergent,
    Double emergentRate,
    Double emergentCiLow,
    Double emergentCiHigh,
    int resolvedN,
    int resolved,
    Double resolvedRate,
    Double resolvedCiLow,
    Double resolvedCiHigh)
    implements java.io.Serializable {}
