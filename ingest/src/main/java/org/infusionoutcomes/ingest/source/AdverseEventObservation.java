package org.infusionoutcomes.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One adverse event as read from an export. A partial or missing onset date leaves both onset
 * fields null: the event is kept with an unknown onset day.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param term reported term (AETERM)
 * @param preferredTerm MedDRA preferred term (AEDECOD), or null
 * @param bodySystem MedDRA body system (AEBODSYS), or null
 * @param severity MILD, MODERATE or SEVERE, or null
 * @param serious true for a serious event, or null when not given
 * @param related relationship to the study drug as written, or null
 * @param onsetDate onset date, or null
 * @param onsetStudyDay onset study day, or null
 * @param endDate end date, or null
 * @param endStudyDay end study day, or null
 * @param origin where the record came from
 */
public record AdverseEventObservation(
    String studyId,
    String siteId,
    String subjectId,
    String term,
    String preferredTerm,
    String bodySystem,
    String severity,
    Boolean serious,
    String related,
    LocalDate onsetDate,
    Integer onsetStudyDay,
    LocalDate endDate,
    Integer endStudyDay,
    Origin origin)
    implements SourceRecord, Serializable {

  /** True when the onset cannot be placed on a day. */
  public boolean onsetUnknown() {
    return onsetDate == null && onsetStudyDay == null;
  }
}
