package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One subject: a row of the canonical {@code subjects} table (docs/formats.md). Every subject with
 * an accepted assessment or infusion has a row, with demographics when a subjects/DM file gave
 * them.
 *
 * @param studyId study
 * @param subjectId subject
 * @param siteId site, or null
 * @param sex sex, or null
 * @param age age in years, or null
 * @param arm arm, or null
 * @param referenceDate reference start date (study day 1), or null
 * @param timeAxis the axis of the subject's day numbers
 */
public record Subject(
    String studyId,
    String subjectId,
    String siteId,
    String sex,
    Integer age,
    String arm,
    LocalDate referenceDate,
    TimeAxis timeAxis)
    implements Serializable {

  /** The same subject with another reference date (null: none). */
  public Subject withReferenceDate(LocalDate date) {
    return new Subject(studyId, subjectId, siteId, sex, age, arm, date, timeAxis);
  }
}
