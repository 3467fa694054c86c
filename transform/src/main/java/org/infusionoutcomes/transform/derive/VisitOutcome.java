package org.infusionoutcomes.transform.derive;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One assessment aligned to one course: a row of the derived {@code visit_outcomes} table. An
 * assessment before course k+1 may be both follow-up of course k and in the baseline window of
 * course k+1, and then has a row for each.
 *
 * @param studyId study
 * @param siteId site of the assessment, else of the subject, or null
 * @param subjectId subject
 * @param courseNumber the course the row is aligned to
 * @param scale canonical scale id
 * @param scaleVersion version of the scale definition that scored the assessment
 * @param day day on the subject's analysis axis
 * @param studyDay SDTM study day as given by the source, or null
 * @param assessmentDate calendar date, or null when not known
 * @param assessmentTime time of day, or null
 * @param visit visit label of the source, or null
 * @param dayOffset {@code day - course first infusion day} (0 on the course start day)
 * @param dayOffsetLastInfusion {@code day - course last infusion day} (durability time scale)
 * @param daysSinceLastInfusion days since the most recent infusion of this course that the
 *     assessment follows by the pre-infusion rule; null in the baseline window
 * @param phase {@code pre_baseline_window}, {@code baseline}, {@code baseline_candidate}, {@code
 *     treatment}, {@code endpoint_window} or {@code follow_up}
 * @param isBaseline whether this is the course's baseline record
 * @param isOcEndpoint whether this is the course's observed-case endpoint
 * @param isLocfEndpoint whether this is the course's LOCF endpoint
 * @param base baseline total of the course x scale (BASE); null without an unambiguous baseline
 * @param totalScore the total (AVAL), fractional when prorated
 * @param totalSource {@code items}, {@code prorated} or {@code reported}
 * @param chg {@code total_score - base} (CHG) on the baseline and post-baseline rows; else null
 * @param pchg {@code chg / base * 100} (PCHG); null where chg is null or base is 0
 * @param responseFlag post-baseline rows of ITT courses: whether the total meets the response
 *     criterion; else null
 * @param remissionFlag post-baseline rows of ITT courses: whether the total meets the remission
 *     criterion; else null
 * @param responseDefinition the response criterion in words, with its threshold
 * @param remissionDefinition the remission criterion in words, with its threshold
 * @param sourceFile source file of the assessment
 * @param sourceLine source line of the assessment
 */
public record VisitOutcome(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    String scale,
    String scaleVersion,
    int day,
    Integer studyDay,
    LocalDate assessmentDate,
    LocalTime assessmentTime,
    String visit,
    int dayOffset,
    int dayOffsetLastInfusion,
    Integer daysSinceLastInfusion,
    String phase,
    boolean isBaseline,
    boolean isOcEndpoint,
    boolean isLocfEndpoint,
    Double base,
    double totalScore,
    String totalSource,
    Double chg,
    Double pchg,
    Boolean responseFlag,
    Boolean remissionFlag,
    String responseDefinition,
    String remissionDefinition,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
