package org.infusionoutcomes.analysis.descriptive;

import java.util.Arrays;

/**
 * Count, mean and sample standard deviation of a set of values, computed the same way whatever
 * order the values arrive in: they are sorted first and summed in that order (two-pass variance).
 * Spark's own {@code avg} and {@code stddev_samp} combine partial sums in partition order, so their
 * last digits depend on how a cluster splits the data; the report must not (docs/decisions.md,
 * "Reproducible to the last digit").
 *
 * @param n number of values
 * @param mean arithmetic mean, null when n is 0
 * @param sd sample standard deviation (divisor n - 1), null when n is below 2
 */
public record Descriptives(int n, Double mean, Double sd) {

  /** The descriptives of {@code values} (null entries are skipped). */
  public static Descriptives of(Double... values) {
    double[] v =
        Arrays.stream(values)
            .filter(x -> x != null)
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    int n = v.length;
    if (n == 0) {
      return new Descriptives(0, null, null);
    }
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / n;
    if (n < 2) {
      return new Descriptives(n, mean, null);
    }
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return new Descriptives(n, mean, Math.sqrt(ss / (n - 1)));
  }
}
