package org.infusionoutcomes.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Demographics of one subject as read from an export.
 *
 * @param studyId study
 * @param subjectId subject
 * @param siteId site, or null
 * @param sex sex as written, or null
 * @param age age in years, or null
 * @param arm arm or cohort, or null
 * @param referenceDate the reference start date (study day 1, SDTM {@code RFSTDTC}), or null
 * @param origin where the record came from
 */
public record SubjectObservation(
    String studyId,
    String subjectId,
    String siteId,
    String sex,
    Integer age,
    String arm,
    LocalDate referenceDate,
    Origin origin)
    implements SourceRecord, Serializable {}
