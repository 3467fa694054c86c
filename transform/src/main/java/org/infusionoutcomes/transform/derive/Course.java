package org.infusionoutcomes.transform.derive;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One infusion course of one subject: a row of the derived {@code courses} table.
 *
 * @param studyId study
 * @param siteId site of the subject, or null when no record names one
 * @param subjectId subject
 * @param courseNumber 1.. per subject, in order of the courses' first infusions
 * @param courseLabel the source's course label (label rule), or null (gap rule)
 * @param courseRule {@code label} or {@code gap}: how the subject's courses were formed
 * @param firstInfusionDay day of the first infusion on the subject's analysis axis (course start)
 * @param lastInfusionDay day of the last infusion on the analysis axis
 * @param firstInfusionStudyDay SDTM study day of the first infusion as given by the source, or null
 * @param lastInfusionStudyDay SDTM study day of the last infusion as given by the source, or null
 * @param firstInfusionDate calendar date of the first infusion, or null when not known
 * @param lastInfusionDate calendar date of the last infusion, or null when not known
 * @param firstInfusionTime time of day of the first infusion, or null
 * @param nInfusions number of infusions (identical infusions collapsed)
 * @param nInfusionsAssignedByPosition label rule only: infusions without a label of their own that
 *     were assigned to this course by position; 0 under the gap rule
 * @param nextCourseFirstDay first infusion day of the next course, or null for the last course
 * @param timeAxis {@code date} or {@code study_day}: the axis of every day number of the subject
 * @param sourceFile source file of the first infusion
 * @param sourceLine source line of the first infusion
 */
public record Course(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    String courseLabel,
    String courseRule,
    int firstInfusionDay,
    int lastInfusionDay,
    Integer firstInfusionStudyDay,
    Integer lastInfusionStudyDay,
    LocalDate firstInfusionDate,
    LocalDate lastInfusionDate,
    LocalTime firstInfusionTime,
    int nInfusions,
    int nInfusionsAssignedByPosition,
    Integer nextCourseFirstDay,
    String timeAxis,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
