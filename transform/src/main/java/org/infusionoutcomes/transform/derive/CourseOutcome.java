package org.infusionoutcomes.transform.derive;

import java.io.Serializable;

/**
 * Outcome of one subject x course x scale, for every scale with at least one assessment aligned to
 * the course: a row of the derived {@code course_outcomes} table. Responder and remitter columns
 * are null where the course is not in that analysis' denominator: OC = ITT with an OC endpoint,
 * LOCF = ITT with an LOCF endpoint, NRI = ITT.
 *
 * @param studyId study
 * @param siteId site of the subject, or null
 * @param subjectId subject
 * @param courseNumber course number
 * @param courseLabel source course label, or null
 * @param scale canonical scale id
 * @param scaleVersion version of the scale definition (from the registry)
 * @param courseFirstDay first infusion day of the course (course start)
 * @param courseLastDay last infusion day of the course
 * @param nInfusions number of infusions in the course
 * @param nextCourseFirstDay first infusion day of the next course, or null
 * @param populationItt whether the course is in the ITT population (baseline total above 0)
 * @param notEvaluableReason {@code no_baseline}, {@code baseline_zero}, {@code baseline_ambiguous},
 *     or null when ITT
 * @param baselineConflict when the baseline is ambiguous, the conflicting candidates as {@code
 *     total (file:line, time)} joined by {@code "; "}; else null
 * @param base baseline total (BASE), or null without an unambiguous baseline
 * @param baseDay day of the baseline assessment, or of the conflicting candidates; null without one
 * @param baseDayOffset {@code base_day - course_first_day} (0 or negative), or null
 * @param baseSourceFile source file of the baseline assessment, or null
 * @param baseSourceLine source line of the baseline assessment, or null
 * @param nInCourseAssessments post-baseline assessments up to {@code last_infusion_day +
 *     endpoint_window_days} and before the next course
 * @param ocScore total of the OC endpoint, or null without one
 * @param ocDay day of the OC endpoint, or null
 * @param ocDayOffset {@code oc_day - course_first_day}, or null
 * @param ocEndpointConflict whether another assessment at the OC endpoint's day that no time of day
 *     orders against it has a different total (the earliest in source order was used); null without
 *     an OC endpoint
 * @param ocSourceFile source file of the OC endpoint, or null
 * @param ocSourceLine source line of the OC endpoint, or null
 * @param chgOc {@code oc_score - base}, or null
 * @param pchgOc percent change at the OC endpoint, or null (also when base is 0)
 * @param locfScore total of the LOCF endpoint, or null without one (never the baseline)
 * @param locfDay day of the LOCF endpoint, or null
 * @param locfDayOffset {@code locf_day - course_first_day}, or null
 * @param locfFromOc whether the LOCF endpoint is the OC endpoint; null without an LOCF endpoint
 * @param locfEndpointConflict as {@code oc_endpoint_conflict}, for the LOCF endpoint (the latest in
 *     source order was used when it is not the OC endpoint); null without an LOCF endpoint
 * @param locfSourceFile source file of the LOCF endpoint, or null
 * @param locfSourceLine source line of the LOCF endpoint, or null
 * @param chgLocf {@code locf_score - base}, or null
 * @param pchgLocf percent change at the LOCF endpoint, or null (also when base is 0)
 * @param nFollowUpAssessments durability follow-up assessments (after the OC endpoint, before the
 *     next course); null without an OC endpoint
 * @param responderOc OC analysis: response at the OC endpoint; null outside its denominator
 * @param remitterOc OC analysis: remission at the OC endpoint; null outside its denominator
 * @param responderLocf LOCF analysis: response at the LOCF endpoint; null outside its denominator
 * @param remitterLocf LOCF analysis: remission at the LOCF endpoint; null outside its denominator
 * @param responderNri NRI analysis: response at the OC endpoint, false without one; null when not
 *     ITT
 * @param remitterNri NRI analysis: remission at the OC endpoint, false without one; null when not
 *     ITT
 * @param responseDefinition the response criterion in words, with its threshold
 * @param remissionDefinition the remission criterion in words, with its threshold
 */
public record CourseOutcome(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    String courseLabel,
    String scale,
    String scaleVersion,
    int courseFirstDay,
    int courseLastDay,
    int nInfusions,
    Integer nextCourseFirstDay,
    boolean populationItt,
    String notEvaluableReason,
    String baselineConflict,
    Double base,
    Integer baseDay,
    Integer baseDayOffset,
    String baseSourceFile,
    Long baseSourceLine,
    int nInCourseAssessments,
    Double ocScore,
    Integer ocDay,
    Integer ocDayOffset,
    Boolean ocEndpointConflict,
    String ocSourceFile,
    Long ocSourceLine,
    Double chgOc,
    Double pchgOc,
    Double locfScore,
    Integer locfDay,
    Integer locfDayOffset,
    Boolean locfFromOc,
    Boolean locfEndpointConflict,
    String locfSourceFile,
    Long locfSourceLine,
    Double chgLocf,
    Double pchgLocf,
    Integer nFollowUpAssessments,
    Boolean responderOc,
    Boolean remitterOc,
    Boolean responderLocf,
    Boolean remitterLocf,
    Boolean responderNri,
    Boolean remitterNri,
    String responseDefinition,
    String remissionDefinition)
    implements Serializable {}
