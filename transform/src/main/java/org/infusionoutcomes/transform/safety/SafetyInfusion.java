package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * An infusion with its place in its course, the anchor of every reading placed on it.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param courseNumber the course the infusion belongs to
 * @param infusionNumber rank of the infusion in its course, 1..k
 * @param day day on the subject's analysis axis
 * @param time time of day, or null
 */
public record SafetyInfusion(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    int infusionNumber,
    int day,
    LocalTime time)
    implements Serializable {}
