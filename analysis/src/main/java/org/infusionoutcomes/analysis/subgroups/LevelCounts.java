package org.infusionoutcomes.analysis.subgroups;

/**
 * Courses of one factor level in one analysis denominator.
 *
 * @param level the factor level
 * @param n courses in the denominator
 * @param responders of them, responders
 * @param remitters of them, remitters
 */
public record LevelCounts(String level, int n, int responders, int remitters) {}
