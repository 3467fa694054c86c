package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code suicidality_summary.csv}: worsened among the {@code n} ITT courses with the item
 * answered at baseline and in course; emergent among those with baseline 0 ({@code emergentN});
 * resolved among those with baseline above 0 and the item answered at the OC endpoint ({@code
 * resolvedN}). Rates with Wilson 95% intervals; the two extra denominators are in {@code
 * summary.json} and the HTML report, not in the CSV, whose columns docs/report.md fixes. Counts are
 * null only where small-cell suppression hid them.
 *
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record SuicidalitySummaryRow(
    String studyId,
    String scale,
    int courseNumber,
    Integer n,
    Integer worsened,
    Double worsenedRate,
    Double worsenedCiLow,
    Double worsenedCiHigh,
    Integer emergentN,
    Integer emergent,
    Double emergentRate,
    Double emergentCiLow,
    Double emergentCiHigh,
    Integer resolvedN,
    Integer resolved,
    Double resolvedRate,
    Double resolvedCiLow,
    Double resolvedCiHigh,
    List<String> suppressed)
    implements ReportGroupRow, java.io.Serializable {

  public SuicidalitySummaryRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
