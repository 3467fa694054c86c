package org.infusionoutcomes.transform.derive.factors;

import java.io.Serializable;

/**
 * The factors of one subject x course x scale: a row of the derived {@code course_factors} table
 * (docs/definitions.md, "Who responds"). Every factor is a level text; {@code missing} where the
 * value cannot be known.
 *
 * @param studyId study
 * @param subjectId subject
 * @param courseNumber course number
 * @param scale canonical scale id
 * @param sex sex as given, or {@code missing}
 * @param ageBand age band
 * @param doseBand band of the mean mg/kg dose over the course's infusions
 * @param meanDoseMgPerKg that mean, or null
 * @param titrated {@code yes} when the doses differ within the course, {@code no} when equal
 * @param nInfusions number of infusions in the course, as a level text
 * @param baselineSeverity the scale's severity band of the baseline total
 * @param benzodiazepine {@code yes} when a benzodiazepine overlaps first to last infusion day
 * @param bmiBand BMI band at the course start
 * @param bmi that BMI, or null
 * @param siteId site, or {@code missing}
 * @param arm arm, or {@code missing}
 */
public record CourseFactors(
    String studyId,
    String subjectId,
    int courseNumber,
    String scale,
    String sex,
    String ageBand,
    String doseBand,
    Double meanDoseMgPerKg,
    String titrated,
    String nInfusions,
    String baselineSeverity,
    String benzodiazepine,
    String bmiBand,
    Double bmi,
    String siteId,
    String arm)
    implements Serializable {}
