package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code vital_signs_timecourse.csv}: the placed readings of one study x test in one
 * 15-minute bin of minutes since the infusion start ({@code minutes} is the bin start, {@code
 * floor(offset / 15) * 15}). {@code n} is null only where small-cell suppression hid it.
 *
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record VitalSignsTimecourseRow(
    String studyId,
    String test,
    int minutes,
    Integer n,
    Double mean,
    Double sd,
    List<String> suppressed)
    implements java.io.Serializable {

  public VitalSignsTimecourseRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public VitalSignsTimecourseRow(
      String studyId, String test, int minutes, int n, Double mean, Double sd) {
    this(studyId, test, minutes, (Integer) n, mean, sd, List.of());
  }
}
