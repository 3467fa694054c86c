package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code response_remission.csv} (docs/statistics.md, "Proportions (response and remission
 * rates)"): responders and remitters among the courses of one report group under one analysis, with
 * Wilson 95% intervals. Empty (null) rate and interval when {@code n} is 0. Counts are null only
 * where small-cell suppression hid them (docs/report.md, "Sharing a report outside the team").
 *
 * @param suppressed the names of the columns small-cell suppression emptied (snake_case); empty
 *     when nothing was hidden
 */
public record ResponseRemissionRow(
    String studyId,
    String scale,
    int courseNumber,
    String analysis,
    Integer n,
    Integer responders,
    Double responseRate,
    Double responseCiLow,
    Double responseCiHigh,
    Integer remitters,
    Double remissionRate,
    Double remissionCiLow,
    Double remissionCiHigh,
    List<String> suppressed)
    implements ReportGroupRow {

  public ResponseRemissionRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
