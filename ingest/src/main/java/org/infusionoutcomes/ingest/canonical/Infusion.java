package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One infusion: a row of the canonical {@code infusions} table (docs/formats.md).
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param infusionDate calendar date as given by the source, or null
 * @param studyDay study day as given by the source, or null
 * @param day analysis day on the subject's {@link TimeAxis}
 * @param timeAxis the subject's axis
 * @param infusionTime time of day, or null
 * @param doseMgPerKg dose in mg/kg, or null
 * @param doseMg dose in mg, or null
 * @param route route, or null
 * @param drug drug, or null
 * @param courseLabel explicit course label from the source, or null
 * @param sourceFormat format of the source file
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record Infusion(
    String studyId,
    String siteId,
    String subjectId,
    LocalDate infusionDate,
    Integer studyDay,
    int day,
    TimeAxis timeAxis,
    LocalTime infusionTime,
    Double doseMgPerKg,
    Double doseMg,
    String route,
    String drug,
    String courseLabel,
    String sourceFormat,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
