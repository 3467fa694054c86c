package org.infusionoutcomes.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.special.Gamma;

/**
 * The log-rank test between groups, equal to R {@code survdiff(Surv(time, status) ~ group)} with
 * rho = 0 and p-value {@code pchisq(chisq, df, lower.tail = FALSE)}.
 */
public final class LogRank {

  /** R's {@code solve()} refuses a system whose reciprocal condition number is below this. */
  private static final double R_SOLVE_TOLERANCE = Math.ulp(1.0);

  private LogRank() {}

  /**
   * Log-rank test with integer group labels (course numbers), reported in numeric order.
   *
   * @param time follow-up time of each subject (finite, ≥ 0)
   * @param event true where the time is an event
   * @param group group of each subject
   * @throws IllegalArgumentException when the arrays differ in length, a time is invalid, or there
   *     are fewer than two groups
   */
  public static LogRankResult test(double[] time, boolean[] event, int[] group) {
    if (group == null) {
      throw new IllegalArgumentException("a log-rank test needs a group for each subject");
    }
    TreeMap<Integer, Integer> codes = new TreeMap<>();
    Arrays.stream(group).forEach(g -> codes.put(g, 0));
    return run(time, event, group.length, codes, i -> group[i]);
  }

  /**
   * Log-rank test with text group labels, reported in {@link String#compareTo} order.
   *
   * @param time follow-up time of each subject (finite, ≥ 0)
   * @param event true where the time is an event
   * @param group group of each subject (not null)
   * @throws IllegalArgumentException when the arrays differ in length, a time or label is invalid,
   *     or there are fewer than two groups
   */
  public static LogRankResult test(double[] time, boolean[] event, String[] group) {
    if (group == null || Arrays.stream(group).anyMatch(g -> g == null)) {
      throw new IllegalArgumentException("a log-rank test needs a group for each subject");
    }
    TreeMap<String, Integer> codes = new TreeMap<>();
    Arrays.stream(group).forEach(g -> codes.put(g, 0));
    return run(time, event, group.length, codes, i -> group[i]);
  }

  private static <K> LogRankResult run(
      double[] time,
      boolean[] event,
      int groupLength,
      TreeMap<K, Integer> codes,
      IntFunction<K> groupOf) {
    KaplanMeier.checkInput(time, event);
    if (groupLength != time.length) {
      throw new IllegalArgumentException(
          "time and group arrays differ in length: " + time.length + " vs " + groupLength);
    }
    if (codes.size() < 2) {
      throw new IllegalArgumentException(
          "a log-rank test needs at least two groups, got " + codes.keySet());
    }
    List<String> labels = new ArrayList<>();
    int next = 0;
    for (Map.Entry<K, Integer> entry : codes.entrySet()) {
      entry.setValue(next++);
      labels.add(String.valueOf(entry.getKey()));
    }
    int[] code = new int[time.length];
    for (int i = 0; i < time.length; i++) {
      code[i] = codes.get(groupOf.apply(i));
    }
    return compute(time, event, code, labels);
  }

  private static LogRankResult compute(
      double[] time, boolean[] event, int[] group, List<String> labels) {
    int k = labels.size();
    int n = time.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));

    int[] size = new int[k];
    for (int g : group) {
      size[g]++;
    }
    int[] atRisk = size.clone();
    double[] observed = new double[k];
    double[] expected = new double[k];
    double[][] var = new double[k][k];
    for (int i = 0; i < n; ) {
      double t = time[order[i]];
      int[] leaving = new int[k];
      double deaths = 0;
      int j = i;
      for (; j < n && time[order[j]] == t; j++) {
        int g = group[order[j]];
        leaving[g]++;
        if (event[order[j]]) {
          observed[g]++;
          deaths++;
        }
      }
      double nRisk = Arrays.stream(atRisk).sum();
      if (deaths > 0) {
        for (int a = 0; a < k; a++) {
          expected[a] += deaths * atRisk[a] / nRisk;
        }
        // With one subject at risk the hypergeometric variance is 0 (and 0/0 otherwise).
        if (nRisk > 1) {
          double kt = deaths * (nRisk - deaths) / (nRisk * (nRisk - 1));
          for (int a = 0; a < k; a++) {
            double tmp = atRisk[a] * kt;
            var[a][a] += tmp;
            for (int b = 0; b < k; b++) {
              var[a][b] -= tmp * atRisk[b] / nRisk;
            }
          }
        }
      }
      for (int a = 0; a < k; a++) {
        atRisk[a] -= leaving[a];
      }
      i = j;
    }

    List<LogRankGroup> groups = new ArrayList<>();
    List<Integer> withExpected = new ArrayList<>();
    for (int a = 0; a < k; a++) {
      groups.add(new LogRankGroup(labels.get(a), size[a], observed[a], expected[a]));
      if (expected[a] > 0) {
        withExpected.add(a);
      }
    }
    // survdiff counts only groups with expected events; one of them is dropped as the reference.
    int df = withExpected.size() - 1;
    if (df < 1) {
      // survdiff reports chisq 0 here; pchisq(0, 0, lower.tail = FALSE) = 1, with df -1 NaN.
      return new LogRankResult(groups, 0.0, df, df == 0 ? 1.0 : null);
    }
    List<Integer> used = withExpected.subList(1, withExpected.size());
    RealMatrix v = new Array2DRowRealMatrix(df, df);
    RealVector diff = new ArrayRealVector(df);
    for (int a = 0; a < df; a++) {
      diff.setEntry(a, observed[used.get(a)] - expected[used.get(a)]);
      for (int b = 0; b < df; b++) {
        v.setEntry(a, b, var[used.get(a)][used.get(b)]);
      }
    }
    Double chisq = solveQuadraticForm(v, diff);
    Double p = chisq == null ? null : Gamma.regularizedGammaQ(df / 2.0, chisq / 2.0);
    return new LogRankResult(groups, chisq, df, p);
  }

  /** {@code sum(solve(v, d) * d)}, or null where R's {@code solve} stops (singular system). */
  private static Double solveQuadraticForm(RealMatrix v, RealVector d) {
    // Threshold MIN_VALUE: only an exactly zero pivot is singular, as in LAPACK dgesv.
    LUDecomposition lu = new LUDecomposition(v, Double.MIN_VALUE);
    if (!lu.getSolver().isNonSingular()) {
      return null;
    }
    RealMatrix inverse = lu.getSolver().getInverse();
    // R also refuses a computationally singular system (reciprocal condition number below eps).
    // v is symmetric, so the row-sum and column-sum norms agree.
    double reciprocalCondition = 1 / (v.getNorm() * inverse.getNorm());
    if (!(reciprocalCondition >= R_SOLVE_TOLERANCE)) {
      return null;
    }
    return lu.getSolver().solve(d).dotProduct(d);
  }
}
