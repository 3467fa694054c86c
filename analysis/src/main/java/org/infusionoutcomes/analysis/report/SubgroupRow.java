package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code subgroups.csv} (docs/outputs.md): response and remission among the courses of one
 * factor level with Wilson 95% intervals, and the response difference to the reference level with
 * Newcombe's hybrid score 95% interval. Descriptive and unadjusted. The reference level's own row
 * has a difference of 0 and no interval. Counts are null only where small-cell suppression hid them
 * (docs/report.md, "Sharing a report outside the team").
 *
 * @param suppressed the names of the columns small-cell suppression emptied (snake_case); empty
 *     when nothing was hidden
 */
public record SubgroupRow(
    String studyId,
    String scale,
    int courseNumber,
    String analysis,
    String factor,
    String level,
    Integer n,
    Integer responders,
    Double responseRate,
    Double responseCiLow,
    Double responseCiHigh,
    Integer remitters,
    Double remissionRate,
    Double remissionCiLow,
    Double remissionCiHigh,
    String referenceLevel,
    Double responseDiff,
    Double responseDiffCiLow,
    Double responseDiffCiHigh,
    List<String> suppressed)
    implements ReportGroupRow {

  public SubgroupRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
