package org.infusionoutcomes.transform.derive.criteria;

import java.math.BigDecimal;

/** Numbers as they appear in definition and event texts: plain decimal, no exponent, exact. */
public final class DecimalText {
  private DecimalText() {}

  /** {@code 10.0 -> "10"}, {@code 23.25 -> "23.25"}; the shortest text that reads back exactly. */
  public static String plain(double value) {
    if (value == 0) {
      return "0"; // also folds -0.0
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage: {@code 0.5 -> "50%"}, {@code 0.333 -> "33.3%"}. */
  public static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }
}
