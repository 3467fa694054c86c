package org.infusionoutcomes.analysis.rates;

/** Standard-normal constants shared by every 95% interval in the analysis module. */
public final class StandardNormal {

  /**
   * The two-sided 95% quantile, R {@code qnorm(0.975)}. A literal rather than a computed inverse
   * CDF, so that every interval uses bit-for-bit the value R uses.
   */
  public static final double Z_95 = 1.959963984540054;

  private StandardNormal() {}
}
