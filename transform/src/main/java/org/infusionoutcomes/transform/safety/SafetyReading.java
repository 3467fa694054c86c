package org.infusionoutcomes.transform.safety;

import java.io.Serializable;

/**
 * One vital-sign or CADSS reading with its placement: a row of the derived {@code safety_readings}
 * table. Unplaced readings and readings on a day without infusion are kept (quality checks count
 * them) but have no infusion and no offset.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param test VSTESTCD code, or {@code CADSS} for a CADSS total
 * @param value the value in the canonical unit, or the CADSS total
 * @param day day on the subject's analysis axis
 * @param placement {@code placed}, {@code unplaced} or {@code no_infusion}
 * @param courseNumber course of the infusion, or null unless placed
 * @param infusionNumber rank of the infusion in its course, or null unless placed
 * @param minutesFromStart offset from the infusion start, or null unless placed
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record SafetyReading(
    String studyId,
    String siteId,
    String subjectId,
    String test,
    double value,
    int day,
    String placement,
    Integer courseNumber,
    Integer infusionNumber,
    Integer minutesFromStart,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
