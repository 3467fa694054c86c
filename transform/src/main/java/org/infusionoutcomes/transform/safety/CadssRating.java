package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * A CADSS total with what places it on an infusion.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param day day on the subject's analysis axis
 * @param time time of day, or null
 * @param minutesFromStart minutes since the infusion start (generic column or SDTM QSELTM), or null
 * @param total the CADSS total
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record CadssRating(
    String studyId,
    String siteId,
    String subjectId,
    int day,
    LocalTime time,
    Integer minutesFromStart,
    double total,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
