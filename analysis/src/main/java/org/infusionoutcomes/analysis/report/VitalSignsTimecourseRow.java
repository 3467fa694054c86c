package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code vital_signs_timecourse.csv}: the placed readings of one study x test in one
 * 15-minute bin of minutes since the infusion start ({@code minutes} is the bin start, {@code
 * floor(offset / 15) * 15}).
 */
public record VitalSignsTimecourseRow(
    String studyId, String test, int minutes, int n, Double mean, Double sd)
    implements java.io.Serializable {}
