/**
 * Proportions with confidence intervals (response and remission rates). Pure Java, no Spark; every
 * number equals R's to 1e-6 (see {@code docs/statistics.md}).
 */
package org.infusionoutcomes.analysis.rates;
