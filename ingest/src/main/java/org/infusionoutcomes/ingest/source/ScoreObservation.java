package org.infusionoutcomes.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One value of a scale as read from an export: an item answer or a reported total, before
 * assessments are assembled and scored. Values stay text until scoring, so that a bad value can
 * reject its whole assessment with the offending text in the message.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param scale canonical scale id
 * @param item 1..N, or {@link org.infusionoutcomes.ingest.scale.ItemRef#TOTAL}
 * @param value the value as written; null or empty is a missing value
 * @param valueColumn the column (or field) the value came from, for messages
 * @param date calendar date of the assessment, or null
 * @param studyDay SDTM study day (no day 0), or null
 * @param time time of day, or null
 * @param visit visit label, or null
 * @param origin where the record came from
 * @param minutesFromStart minutes since the start of that day's infusion (negative = before), or
 *     null; places CADSS and other in-session ratings relative to the infusion
 */
public record ScoreObservation(
    String studyId,
    String siteId,
    String subjectId,
    String scale,
    int item,
    String value,
    String valueColumn,
    LocalDate date,
    Integer studyDay,
    LocalTime time,
    String visit,
    Origin origin,
    Integer minutesFromStart)
    implements SourceRecord, Serializable {}
