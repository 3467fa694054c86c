package org.infusionoutcomes.ingest.source;

import java.io.Serializable;

/**
 * One medication record as read from an export (generic {@code medications} CSV, SDTM CM). Dates
 * are ISO 8601 text that may be partial ({@code 2023}, {@code 2023-11}); a record without any start
 * is kept, with an unknown start.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param drug the name as reported (generic {@code drug}, SDTM {@code CMTRT})
 * @param decod the standardised name (SDTM {@code CMDECOD}), or null
 * @param drugClass the class (SDTM {@code CMCLAS}), or null
 * @param startDate start date, possibly partial, or null
 * @param startStudyDay start study day, or null
 * @param endDate end date, possibly partial, or null
 * @param endStudyDay end study day, or null
 * @param ongoing whether the medication continues past the end of the record
 * @param dose dose per administration, or null
 * @param doseUnit unit of the dose, or null
 * @param route route, or null
 * @param frequency dosing frequency, or null
 * @param origin where the record came from
 */
public record MedicationObservation(
    String studyId,
    String siteId,
    String subjectId,
    String drug,
    String decod,
    String drugClass,
    String startDate,
    Integer startStudyDay,
    String endDate,
    Integer endStudyDay,
    boolean ongoing,
    Double dose,
    String doseUnit,
    String route,
    String frequency,
    Origin origin)
    implements SourceRecord, Serializable {

  /** True when the start can be placed neither by a date nor by a study day. */
  public boolean startUnknown() {
    return startDate == null && startStudyDay == null;
  }
}
