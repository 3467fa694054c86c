/**
 * Safety monitoring during infusions (docs/definitions.md, "Safety monitoring"): placement of
 * vital-sign and CADSS readings relative to an infusion start, the per-infusion pre, peak, change
 * and exceedance, adverse events assigned to courses, and the suicidality items of the depression
 * scales per course. Pure Java, no Spark; {@code transform.spark.SafetyJob} moves the data.
 */
package org.infusionoutcomes.transform.safety;
