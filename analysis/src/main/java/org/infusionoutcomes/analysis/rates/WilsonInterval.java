package org.infusionoutcomes.analysis.rates;

/**
 * Wilson score interval for a single proportion, identical to R {@code prop.test(x, n, correct =
 * FALSE)$conf.int} with the default 95% level.
 */
public final class WilsonInterval {

  private WilsonInterval() {}

  /**
   * The proportion {@code x / n} with its Wilson score 95% interval.
   *
   * <p>As in {@code prop.test}, the lower limit is exactly 0 when {@code x = 0} and the upper limit
   * exactly 1 when {@code x = n}; the limits are clipped to [0, 1]. With {@code n = 0} there is no
   * proportion: rate and limits are null ({@code prop.test} refuses {@code n = 0}).
   *
   * @param x number with the outcome, {@code 0 <= x <= n}
   * @param n denominator, {@code n >= 0}
   * @throws IllegalArgumentException when {@code n < 0} or {@code x} is outside {@code [0, n]}
   */
  public static Proportion of(int x, int n) {
    if (n < 0 || x < 0 || x > n) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= x <= n, got x = " + x + ", n = " + n);
    }
    if (n == 0) {
      return new Proportion(x, n, null, null, null);
    }
    double estimate = (double) x / n;
    double z = StandardNormal.Z_95;
    // Same expression order as prop.test, so the limits agree to the last bits.
    double z22n = z * z / (2 * n);
    double half = z * Math.sqrt(estimate * (1 - estimate) / n + z22n / (2 * n));
    // prop.test short-cuts the boundaries instead of evaluating the formula there.
    double high = estimate >= 1 ? 1 : (estimate + z22n + half) / (1 + 2 * z22n);
    double low = estimate <= 0 ? 0 : (estimate + z22n - half) / (1 + 2 * z22n);
    return new Proportion(x, n, estimate, Math.max(low, 0), Math.min(high, 1));
  }
}
