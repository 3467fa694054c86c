package org.infusionoutcomes.analysis.agreement;

import org.infusionoutcomes.analysis.rates.StandardNormal;

/**
 * Cohen's kappa of a 2x2 table with the large-sample standard error of Fleiss, Cohen and Everitt
 * (1969, Psychological Bulletin 72:323-327) and a Wald 95% interval clipped to [-1, 1]. The formula
 * is written out in docs/statistics.md and, identically, in the R script that writes the golden
 * files ({@code analysis/src/test/r/make-agreement-golden.R}).
 */
public final class CohenKappa {

  private CohenKappa() {}

  /**
   * Kappa, its standard error and interval. When the expected agreement is 1 (every course in one
   * cell of the diagonal) kappa is 0/0: observed agreement is reported, kappa and interval are
   * empty.
   */
  public static Kappa of(TwoByTwo table) {
    int n = table.n();
    if (n == 0) {
      return new Kappa(null, null, null, null, null, null);
    }
    double[][] p = {
      {(double) table.both() / n, (double) table.firstOnly() / n},
      {(double) table.secondOnly() / n, (double) table.neither() / n}
    };
    double[] row = {p[0][0] + p[0][1], p[1][0] + p[1][1]};
    double[] col = {p[0][0] + p[1][0], p[0][1] + p[1][1]};
    double observed = p[0][0] + p[1][1];
    double expected = row[0] * col[0] + row[1] * col[1];
    if (expected >= 1) {
      return new Kappa(observed, expected, null, null, null, null);
    }
    double kappa = (observed - expected) / (1 - expected);
    double diagonal = 0;
    double offDiagonal = 0;
    for (int i = 0; i < 2; i++) {
      diagonal += p[i][i] * square(1 - (row[i] + col[i]) * (1 - kappa));
      for (int j = 0; j < 2; j++) {
        if (i != j) {
          offDiagonal += p[i][j] * square(col[i] + row[j]);
        }
      }
    }
    double variance =
        (diagonal + square(1 - kappa) * offDiagonal - square(kappa - expected * (1 - kappa)))
            / (n * square(1 - expected));
    // Rounding can leave a variance of -1e-17 where it is exactly 0 (perfect agreement).
    double se = Math.sqrt(Math.max(0, variance));
    double z = StandardNormal.Z_95;
    return new Kappa(
        observed, expected, kappa, se, Math.max(-1, kappa - z * se), Math.min(1, kappa + z * se));
  }

  private static double square(double v) {
    return v * v;
  }
}
