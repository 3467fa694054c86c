package org.infusionoutcomes.analysis.survival;

/**
 * A quantile of the event-time distribution: the time by which a fraction {@code probability} of
 * subjects has had the event, with the 95% interval where the confidence bands reach that fraction
 * (R {@code quantile.survfit}).
 *
 * @param probability the fraction with the event (0.5 for the median)
 * @param time the quantile; null when the curve never gets there
 * @param ciLow lower confidence limit; null when the lower band never gets there
 * @param ciHigh upper confidence limit; null when the upper band never gets there (common: "not
 *     reached")
 */
public record KmQuantile(double probability, Double time, Double ciLow, Double ciHigh) {}
