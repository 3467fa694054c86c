package org.infusionoutcomes.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One infusion (or esketamine administration) as read from an export.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param date calendar date, or null
 * @param studyDay SDTM study day (no day 0), or null
 * @param time time of day, or null
 * @param doseMgPerKg dose in mg/kg, or null
 * @param doseMg dose in mg, or null
 * @param route route of administration, or null
 * @param drug drug name, or null
 * @param courseLabel explicit course label from the source, or null
 * @param origin where the record came from
 */
public record InfusionObservation(
    String studyId,
    String siteId,
    String subjectId,
    LocalDate date,
    Integer studyDay,
    LocalTime time,
    Double doseMgPerKg,
    Double doseMg,
    String route,
    String drug,
    String courseLabel,
    Origin origin)
    implements SourceRecord, Serializable {}
