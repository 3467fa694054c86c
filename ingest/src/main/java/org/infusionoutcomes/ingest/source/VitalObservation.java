package org.infusionoutcomes.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One vital-sign reading as read from an export, already in its test's canonical unit (see {@link
 * org.infusionoutcomes.ingest.value.VitalTests}).
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param test SDTM VSTESTCD code in upper case ({@code SYSBP}, {@code PULSE}, ...)
 * @param value the value in the canonical unit
 * @param unit the canonical unit
 * @param date calendar date, or null
 * @param studyDay SDTM study day, or null
 * @param time time of day, or null
 * @param minutesFromStart minutes since the start of that day's infusion (negative = before), or
 *     null
 * @param position body position, or null
 * @param origin where the record came from
 */
public record VitalObservation(
    String studyId,
    String siteId,
    String subjectId,
    String test,
    double value,
    String unit,
    LocalDate date,
    Integer studyDay,
    LocalTime time,
    Integer minutesFromStart,
    String position,
    Origin origin)
    implements SourceRecord, Serializable {}
