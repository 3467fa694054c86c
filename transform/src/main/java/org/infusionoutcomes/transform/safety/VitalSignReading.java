package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the canonical {@code normalized/vital_signs} table as the safety derivations read it
 * (docs/formats.md, "Vital signs").
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param test SDTM VSTESTCD code, upper case
 * @param value the value in the canonical unit
 * @param unit the canonical unit
 * @param measuredDate calendar date, or null
 * @param studyDay study day as given by the source, or null
 * @param day day on the subject's analysis axis
 * @param measuredTime time of day {@code HH:mm[:ss]}, or null
 * @param minutesFromStart minutes since the start of that day's infusion (negative before), or null
 * @param sourceFormat format of the source file
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record VitalSignReading(
    String studyId,
    String siteId,
    String subjectId,
    String test,
    double value,
    String unit,
    LocalDate measuredDate,
    Integer studyDay,
    int day,
    String measuredTime,
    Integer minutesFromStart,
    String sourceFormat,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
