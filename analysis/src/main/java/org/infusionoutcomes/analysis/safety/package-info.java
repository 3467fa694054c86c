/**
 * The safety report tables computed from the derived safety rows of one report group
 * (docs/report.md, "Safety"; docs/statistics.md): means, standard deviations, medians, counts and
 * Wilson intervals. Pure Java; {@code analysis.spark.SafetyAnalysisJob} forms the groups.
 */
package org.infusionoutcomes.analysis.safety;
