package org.infusionoutcomes.analysis.survival;

/**
 * One group's share of a log-rank test.
 *
 * @param group the group label
 * @param n subjects in the group
 * @param observed events observed in the group
 * @param expected events expected under equal hazards
 */
public record LogRankGroup(String group, int n, double observed, double expected) {}
