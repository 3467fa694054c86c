package org.infusionoutcomes.analysis.survival;

import java.util.List;

/**
 * A log-rank test (R {@code survdiff}, rho = 0). Descriptive and unadjusted.
 *
 * @param groups the groups in label order (numeric order for integer labels)
 * @param chisq the chi-square statistic; 0 when fewer than two groups have expected events (as R);
 *     null when the variance matrix is singular (R stops with an error there)
 * @param df degrees of freedom: groups with expected events > 0, minus 1 (R's rule; −1 when no
 *     group has an event)
 * @param pValue {@code pchisq(chisq, df, lower.tail = FALSE)}; 1 when df = 0, null when df < 0 or
 *     there is no statistic
 */
public record LogRankResult(List<LogRankGroup> groups, Double chisq, int df, Double pValue) {

  public LogRankResult {
    groups = List.copyOf(groups);
  }

  /** True when the test compares at least two groups with expected events and has a statistic. */
  public boolean isTestable() {
    return df >= 1 && chisq != null;
  }
}
