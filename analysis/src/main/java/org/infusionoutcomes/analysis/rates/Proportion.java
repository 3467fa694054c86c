package org.infusionoutcomes.analysis.rates;

/**
 * A proportion {@code x / n} with its 95% confidence interval.
 *
 * @param x number of subjects with the outcome (numerator)
 * @param n number of subjects in the denominator
 * @param rate {@code x / n}; null when {@code n = 0}
 * @param low lower 95% confidence limit; null when {@code n = 0}
 * @param high upper 95% confidence limit; null when {@code n = 0}
 */
public record Proportion(int x, int n, Double rate, Double low, Double high) {

  /** True when there is no denominator, so rate and interval are empty. */
  public boolean isEmpty() {
    return rate == null;
  }
}
