package org.infusionoutcomes.analysis.agreement;

/** Pearson's product-moment correlation, as R {@code cor(x, y)}. */
public final class PearsonCorrelation {

  private PearsonCorrelation() {}

  /**
   * The correlation of paired values; null when there are fewer than two pairs or either series has
   * no variance (R returns NA there).
   *
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static Double of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "paired series differ in length: " + x.length + " and " + y.length);
    }
    int n = x.length;
    if (n < 2) {
      return null;
    }
    if (constant(x) || constant(y)) {
      return null;
    }
    double meanX = mean(x);
    double meanY = mean(y);
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (Double.compare(d, v[0]) != 0) {
        return false;
      }
    }
    return true;
  }

  // Two passes, as R does, so that a constant series has exactly zero deviations.
  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    double mean = sum / v.length;
    double correction = 0;
    for (double d : v) {
      correction += d - mean;
    }
    return mean + correction / v.length;
  }
}
