package org.infusionoutcomes.analysis.rates;

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions (Newcombe
 * 1998, Statistics in Medicine 17:873-890, method 10), built from the Wilson limits of each
 * proportion ({@link WilsonInterval}, R {@code prop.test(x, n, correct = FALSE)}).
 */
public final class NewcombeInterval {

  private NewcombeInterval() {}

  /**
   * {@code p1 - p2} with limits {@code d - sqrt((p1 - l1)^2 + (u2 - p2)^2)} and {@code d + sqrt((u1
   * - p1)^2 + (p2 - l2)^2)}, where (l, u) are the Wilson 95% limits of each proportion. Empty when
   * either proportion has no denominator.
   */
  public static RateDifference of(Proportion first, Proportion second) {
    if (first.isEmpty() || second.isEmpty()) {
      return RateDifference.empty();
    }
    double p1 = first.rate();
    double p2 = second.rate();
    double d = p1 - p2;
    double low = d - Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
    double high = d + Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
    return new RateDifference(d, low, high);
  }

  /** The interval of {@code x1/n1 - x2/n2}. */
  public static RateDifference of(int x1, int n1, int x2, int n2) {
    return of(WilsonInterval.of(x1, n1), WilsonInterval.of(x2, n2));
  }

  private static double square(double v) {
    return v * v;
  }
}
