package org.infusionoutcomes.analysis.rates;

/**
 * The difference of two proportions with its 95% confidence interval.
 *
 * @param difference {@code p1 - p2}; null when either denominator is 0
 * @param low lower 95% limit; null when either denominator is 0
 * @param high upper 95% limit; null when either denominator is 0
 */
public record RateDifference(Double difference, Double low, Double high) {

  /** The difference that cannot be computed because a denominator is 0. */
  public static RateDifference empty() {
    return new RateDifference(null, null, null);
  }
}
