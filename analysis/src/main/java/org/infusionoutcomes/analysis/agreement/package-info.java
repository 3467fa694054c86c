/**
 * Agreement between two scales rating the same courses: Cohen's kappa with its Fleiss-Cohen-Everitt
 * standard error and Pearson's correlation. Pure Java, no Spark; proven against R (see
 * docs/statistics.md).
 */
package org.infusionoutcomes.analysis.agreement;
