package org.infusionoutcomes.analysis.survival;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A line-by-line port of {@code survival:::findq} (used by {@code quantile.survfit}), including the
 * {@code approx(..., method = "constant", f = 1)} lookups it relies on. NaN plays R's NA. Ported
 * literally rather than re-derived because its edge cases (flat stretches within a tolerance, a
 * curve that ends flat at p, NA limits in the confidence bands, bands that are not monotone) are
 * exactly where a "cleaner" formula would drift from R.
 */
final class QuantileFinder {

  /** {@code sqrt(.Machine$double.eps)}, the default tolerance of {@code quantile.survfit}. */
  static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private QuantileFinder() {}

  /**
   * The time at which {@code y} (a cumulative event fraction, {@code 1 - S} or {@code 1 - band})
   * first reaches {@code p}; the midpoint with the next step when {@code y} is flat at {@code p}.
   *
   * @param x times, starting with the origin (0)
   * @param y {@code 1 - S} at those times, starting with 0; NaN where R has NA
   * @return the quantile, or NaN where R returns NA
   */
  static double find(double[] x, double[] y, double p) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        max = Math.max(max, v);
      }
    }
    if (max < p) {
      return Double.NaN;
    }
    double xmax = x[x.length - 1];

    // duplicated(y): keep the first occurrence of each value; NA counts as one value.
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    Set<Double> seen = new HashSet<>();
    for (int i = 0; i < y.length; i++) {
      // Double.equals already treats NaN as equal to NaN; fold -0.0 into 0.0 as R does.
      if (seen.add(y[i] == 0 ? 0.0 : y[i])) {
        xs.add(x[i]);
        ys.add(y[i]);
      }
    }
    int n = ys.size();
    double[] plusTol = new double[n];
    double[] minusTol = new double[n];
    for (int i = 0; i < n; i++) {
      plusTol[i] = ys.get(i) + TOLERANCE;
      minusTol[i] = ys.get(i) - TOLERANCE;
    }
    double index1 = approxIndex(plusTol, p);
    double index2 = approxIndex(minusTol, p);
    double quant = (at(xs, index1) + at(xs, index2)) / 2;
    if (p == 0) {
      quant = xs.get(0);
    }
    double last = ys.get(n - 1);
    if (!Double.isNaN(last) && Math.abs(p - last) < TOLERANCE) {
      // Flat at p until the end of follow-up: midpoint with the last time of the curve.
      quant = (at(xs, index1) + xmax) / 2;
    }
    return quant;
  }

  /** R's {@code x[index]} with a 1-based, possibly fractional (truncated) or NA index. */
  private static double at(List<Double> xs, double index) {
    return Double.isNaN(index) ? Double.NaN : xs.get((int) index - 1);
  }

  /**
   * {@code approx(knots, 1:n, v, method = "constant", f = 1)$y}: the 1-based position of the first
   * knot at or above {@code v}, NaN outside the knots' range. As R's {@code regularize.values}, NaN
   * knots are dropped, the rest sorted, and equal knots collapse to the mean of their positions.
   */
  private static double approxIndex(double[] knots, double v) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < knots.length; i++) {
      if (!Double.isNaN(knots[i])) {
        pairs.add(new double[] {knots[i], i + 1});
      }
    }
    pairs.sort(Comparator.comparingDouble(pair -> pair[0]));
    List<double[]> merged = new ArrayList<>();
    for (int i = 0; i < pairs.size(); ) {
      int j = i;
      double sum = 0;
      while (j < pairs.size() && pairs.get(j)[0] == pairs.get(i)[0]) {
        sum += pairs.get(j)[1];
        j++;
      }
      merged.add(new double[] {pairs.get(i)[0], sum / (j - i)});
      i = j;
    }
    double[] kx = merged.stream().mapToDouble(pair -> pair[0]).toArray();
    double[] ky = merged.stream().mapToDouble(pair -> pair[1]).toArray();
    return approxConstantRight(kx, ky, v);
  }

  /** R's C {@code approx1} for method "constant", f = 1, rule = 1. */
  private static double approxConstantRight(double[] x, double[] y, double v) {
    if (x.length == 0) {
      return Double.NaN;
    }
    int i = 0;
    int j = x.length - 1;
    if (v < x[i] || v > x[j]) {
      return Double.NaN;
    }
    while (i < j - 1) {
      int ij = (i + j) / 2;
      if (v < x[ij]) {
        j = ij;
      } else {
        i = ij;
      }
    }
    if (v == x[j]) {
      return y[j];
    }
    if (v == x[i]) {
      return y[i];
    }
    return y[j];
  }
}
