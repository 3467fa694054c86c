package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code vital_signs.csv} (docs/report.md, "Safety"): the infusions of one study x test x
 * course x infusion number ({@code ALL} pools the numbers) that have a peak, with mean pre, peak
 * and change, and exceedances with a Wilson 95% interval over {@code n_infusions}. Exceedance
 * columns are empty for a test without threshold or rise.
 */
public record VitalSignsRow(
    String studyId,
    String test,
    int courseNumber,
    String infusionNumber,
    int nInfusions,
    int nSubjects,
    Double meanPre,
    Double meanPeak,
    Double meanChange,
    Double sdChange,
    Double maxPeak,
    Double meanTimeToPeak,
    Integer exceededN,
    Double exceededRate,
    Double exceededCiLow,
    Double exceededCiHigh)
    implements java.io.Serializable {}
