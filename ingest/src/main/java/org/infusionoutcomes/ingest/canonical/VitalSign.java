package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One vital-sign reading: a row of the canonical {@code vital_signs} table (docs/formats.md, "Vital
 * signs").
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param test SDTM VSTESTCD code ({@code SYSBP}, {@code DIABP}, {@code PULSE}, {@code SPO2}, ...)
 * @param value the value in the canonical unit
 * @param unit the canonical unit (mmHg, beats/min, %, breaths/min, C, kg, cm, kg/m2)
 * @param measuredDate calendar date as given by the source, or null
 * @param studyDay study day as given by the source, or null
 * @param day analysis day on the subject's {@link TimeAxis} (the same axis as assessments and
 *     infusions)
 * @param measuredTime time of day, or null
 * @param minutesFromStart minutes since the start of that day's infusion (negative = before), or
 *     null
 * @param sourceFormat format of the source file
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record VitalSign(
    String studyId,
    String siteId,
    String subjectId,
    String test,
    double value,
    String unit,
    LocalDate measuredDate,
    Integer studyDay,
    int day,
    LocalTime measuredTime,
    Integer minutesFromStart,
    String sourceFormat,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
