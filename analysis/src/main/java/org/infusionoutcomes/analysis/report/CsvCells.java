package org.infusionoutcomes.analysis.report;

import java.math.BigDecimal;

/**
 * How report CSVs write a cell (docs/decisions.md, "Numbers in CSVs"): numbers in plain decimal
 * with full precision (the shortest text that reads back to the same double - never an exponent),
 * an empty cell for a missing value, and text that a spreadsheet would run as a formula ({@code = +
 * - @}, tab or carriage return first) prefixed with {@code '}.
 */
public final class CsvCells {
  private CsvCells() {}

  /** A number cell; null, NaN and infinities are empty. */
  public static String number(Double d) {
    if (d == null || d.isNaN() || d.isInfinite()) {
      return "";
    }
    if (d == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /** A whole-number cell. */
  public static String integer(long n) {
    return Long.toString(n);
  }

  /** A whole-number cell; null (suppressed) is empty. */
  public static String integer(Integer n) {
    return n == null ? "" : Integer.toString(n);
  }

  /** A text cell, neutralised against formula injection; null is empty. */
  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
