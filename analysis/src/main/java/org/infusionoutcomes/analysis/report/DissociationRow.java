package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code dissociation.csv}: CADSS peaks of the infusions of one study x course x infusion
 * number ({@code ALL} pools the numbers) that have a post-start total; {@code mean_change} over
 * those that also have a pre-infusion total. {@code n} is null only where small-cell suppression
 * hid it.
 *
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record DissociationRow(
    String studyId,
    int courseNumber,
    String infusionNumber,
    Integer n,
    Double meanPeak,
    Double sdPeak,
    Double medianPeak,
    Double maxPeak,
    Double meanChange,
    List<String> suppressed)
    implements java.io.Serializable {

  public DissociationRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public DissociationRow(
      String studyId,
      int courseNumber,
      String infusionNumber,
      int n,
      Double meanPeak,
      Double sdPeak,
      Double medianPeak,
      Double maxPeak,
      Double meanChange) {
    this(
        studyId,
        courseNumber,
        infusionNumber,
        (Integer) n,
        meanPeak,
        sdPeak,
        medianPeak,
        maxPeak,
        meanChange,
        List.of());
  }
}
