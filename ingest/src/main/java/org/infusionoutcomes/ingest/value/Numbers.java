package org.infusionoutcomes.ingest.value;

import java.math.BigDecimal;

/**
 * Parsing of numbers written as text, where {@code 3.0} counts as the whole number 3 but {@code
 * 2.5} does not.
 */
public final class Numbers {
  private Numbers() {}

  /** The whole number in {@code text}, or null when it is not one (or out of int range). */
  public static Integer parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.isEmpty() || t.length() > 40) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(t);
      BigDecimal stripped = d.stripTrailingZeros();
      if (stripped.scale() > 0) {
        return null;
      }
      return stripped.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The finite number in {@code text}, or null when it is not one. */
  public static Double parseNumber(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.isEmpty() || t.length() > 60) {
      return null;
    }
    try {
      double d = new BigDecimal(t).doubleValue();
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A number as plain text: whole numbers without a decimal point, never an exponent. */
  public static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
