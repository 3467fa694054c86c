package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code vital_signs.csv} (docs/report.md, "Safety"): the infusions of one study x test x
 * course x infusion number ({@code ALL} pools the numbers) that have a peak, with mean pre, peak
 * and change, and exceedances with a Wilson 95% interval over {@code n_infusions}. Exceedance
 * columns are empty for a test without threshold or rise. Counts are null only where small-cell
 * suppression hid them (docs/report.md, "Sharing a report outside the team").
 *
 * @param suppressed the columns small-cell suppression emptied (snake_case); empty when nothing was
 *     hidden
 */
public record VitalSignsRow(
    String studyId,
    String test,
    int courseNumber,
    String infusionNumber,
    Integer nInfusions,
    Integer nSubjects,
    Double meanPre,
    Double meanPeak,
    Double meanChange,
    Double sdChange,
    Double maxPeak,
    Double meanTimeToPeak,
    Integer exceededN,
    Double exceededRate,
    Double exceededCiLow,
    Double exceededCiHigh,
    List<String> suppressed)
    implements java.io.Serializable {

  public VitalSignsRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
