/**
 * Kaplan-Meier curves (with Greenwood standard errors, confidence bands, quantiles and landmark
 * survival), reverse Kaplan-Meier follow-up and the log-rank test. Pure Java, no Spark; every rule
 * follows R {@code survival} (3.5 or later) and is checked against R-generated golden files (see
 * {@code docs/statistics.md}).
 */
package org.infusionoutcomes.analysis.survival;
