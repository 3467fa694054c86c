package org.infusionoutcomes.transform.safety;

import java.io.Serializable;

/**
 * The suicidality item of one ITT course x scale: a row of the derived {@code course_safety} table
 * (docs/definitions.md, "Suicidality items").
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param courseNumber course
 * @param scale {@code MADRS} (item 10) or {@code PHQ9} (item 9)
 * @param baselineItem the item at the baseline assessment, or null when not answered
 * @param worstItem the highest answered item among in-course post-baseline assessments, or null
 * @param ocItem the item at the OC endpoint, or null when there is none or it was not answered
 * @param baselineCategory shift category of the baseline item, or null
 * @param worstCategory shift category of the worst item, or null
 * @param worsened worst minus baseline at or above {@code safety.suicidality_worsening}; null
 *     without both
 * @param emergent baseline 0 and worst above 0; null unless baseline is 0 and worst known
 * @param resolved baseline above 0 and the item 0 at the OC endpoint; null unless baseline is above
 *     0 and the OC item known
 */
public record CourseSuicidality(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    String scale,
    Integer baselineItem,
    Integer worstItem,
    Integer ocItem,
    String baselineCategory,
    String worstCategory,
    Boolean worsened,
    Boolean emergent,
    Boolean resolved)
    implements Serializable {}
