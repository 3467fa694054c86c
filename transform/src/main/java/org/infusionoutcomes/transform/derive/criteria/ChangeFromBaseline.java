package org.infusionoutcomes.transform.derive.criteria;

/** Change and percent change from baseline, as ADaM CHG and PCHG. */
public final class ChangeFromBaseline {
  private ChangeFromBaseline() {}

  /** {@code score - base}; null without a baseline. */
  public static Double chg(Double base, double score) {
    return base == null ? null : score - base;
  }

  /** {@code (score - base) / base * 100}; null without a baseline or when the baseline is 0. */
  public static Double pchg(Double base, double score) {
    if (base == null || base == 0) {
      return null;
    }
    return (score - base) / base * 100.0;
  }
}
