package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code response_remission.csv} (SPEC §7): responders and remitters among the courses of
 * one report group under one analysis, with Wilson 95% intervals. Empty (null) rate and interval
 * when {@code n} is 0.
 */
public record ResponseRemissionRow(
    String studyId,
    String scale,
    int courseNumber,
    String analysis,
    int n,
    int responders,
    Double responseRate,
    Double responseCiLow,
    Double responseCiHigh,
    int remitters,
    Double remissionRate,
    Double remissionCiLow,
    Double remissionCiHigh) {}
