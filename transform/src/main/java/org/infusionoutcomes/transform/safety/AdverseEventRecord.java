package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the canonical {@code normalized/adverse_events} table as the safety derivations read
 * it (docs/formats.md, "Adverse events"). {@code serious} and {@code related} are read as text
 * ({@code Y}/{@code N} or {@code true}/{@code false}).
 *
 * @param studyId study
 * @param subjectId subject
 * @param term reported term (AETERM)
 * @param preferredTerm dictionary-derived term (AEDECOD), or null
 * @param bodySystem body system or organ class (AEBODSYS), or null
 * @param severity MILD, MODERATE or SEVERE, or null
 * @param serious serious event flag as text, or null
 * @param related relationship to the drug as text, or null
 * @param onsetDate onset date, or null when not known or partial
 * @param onsetDay onset on the subject's analysis-day axis (the axis of the infusions), or null
 * @param endDay end on the analysis-day axis, or null
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record AdverseEventRecord(
    String studyId,
    String subjectId,
    String term,
    String preferredTerm,
    String bodySystem,
    String severity,
    String serious,
    String related,
    LocalDate onsetDate,
    Integer onsetDay,
    Integer endDay,
    String sourceFile,
    long sourceLine)
    implements Serializable {

  /** Whether the serious flag says yes ({@code Y}, {@code YES} or {@code true}, any case). */
  public boolean isSerious() {
    if (serious == null) {
      return false;
    }
    String s = serious.trim().toUpperCase(java.util.Locale.ROOT);
    return s.equals("Y") || s.equals("YES") || s.equals("TRUE");
  }

  /** Whether the severity is SEVERE (any case). */
  public boolean isSevere() {
    return severity != null && severity.trim().equalsIgnoreCase("SEVERE");
  }

  /** AEDECOD, else the reported term in upper case. */
  public String reportedPreferredTerm() {
    String p = preferredTerm == null || preferredTerm.isBlank() ? term : preferredTerm;
    return p == null ? "" : p.trim().toUpperCase(java.util.Locale.ROOT);
  }
}
