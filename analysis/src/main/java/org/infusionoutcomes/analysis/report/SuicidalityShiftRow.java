package org.infusionoutcomes.analysis.report;

/**
 * A cell of the suicidality shift table ({@code suicidality.csv}): ITT courses of one study x scale
 * x course number with the item answered at baseline and in course, by baseline and worst category.
 */
public record SuicidalityShiftRow(
    String studyId,
    String scale,
    int courseNumber,
    String baselineCategory,
    String worstCategory,
    int n)
    implements java.io.Serializable {}
