package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code adverse_events.csv}: subjects with at least one treatment-emergent event of a
 * body system x preferred term in one study x course, among the subjects treated in that course
 * number; {@code pct}, {@code ci_low} and {@code ci_high} are percentages (Wilson 95%). Body system
 * {@code ALL} rows count any, serious and severe TEAEs.
 */
public record AdverseEventRow(
    String studyId,
    int courseNumber,
    String bodySystem,
    String preferredTerm,
    int nSubjects,
    int nEvents,
    int nTreated,
    Double pct,
    Double ciLow,
    Double ciHigh)
    implements java.io.Serializable {}
