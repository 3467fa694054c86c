package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A cell of the suicidality shift table ({@code suicidality.csv}): ITT courses of one study x scale
 * x course number with the item answered at baseline and in course, by baseline and worst category.
 * {@code n} is null only where small-cell suppression hid it.
 *
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record SuicidalityShiftRow(
    String studyId,
    String scale,
    int courseNumber,
    String baselineCategory,
    String worstCategory,
    Integer n,
    List<String> suppressed)
    implements ReportGroupRow, java.io.Serializable {

  public SuicidalityShiftRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
