package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code adverse_events.csv}: subjects with at least one treatment-emergent event of a
 * body system x preferred term in one study x course, among the subjects treated in that course
 * number; {@code pct}, {@code ci_low} and {@code ci_high} are percentages (Wilson 95%). Body system
 * {@code ALL} rows count any, serious and severe TEAEs. Counts are null only where small-cell
 * suppression hid them.
 *
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record AdverseEventRow(
    String studyId,
    int courseNumber,
    String bodySystem,
    String preferredTerm,
    Integer nSubjects,
    Integer nEvents,
    Integer nTreated,
    Double pct,
    Double ciLow,
    Double ciHigh,
    List<String> suppressed)
    implements java.io.Serializable {

  public AdverseEventRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public AdverseEventRow(
      String studyId,
      int courseNumber,
      String bodySystem,
      String preferredTerm,
      int nSubjects,
      int nEvents,
      int nTreated,
      Double pct,
      Double ciLow,
      Double ciHigh) {
    this(
        studyId,
        courseNumber,
        bodySystem,
        preferredTerm,
        (Integer) nSubjects,
        (Integer) nEvents,
        (Integer) nTreated,
        pct,
        ciLow,
        ciHigh,
        List.of());
  }
}
