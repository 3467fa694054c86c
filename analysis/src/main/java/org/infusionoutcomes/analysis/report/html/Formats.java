package org.infusionoutcomes.analysis.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the report prints numbers (documented in {@code docs/report.md}). Proportions are shown as
 * percentages with one decimal, intervals as {@code (low–high)}, days with at most two decimals. A
 * missing value is {@value #MISSING}; a Kaplan-Meier quantile that the curve never reaches is
 * {@value #NOT_REACHED}, and an interval limit that is never reached is {@value #NR}. Output is
 * locale-independent.
 */
final class Formats {
  static final String MISSING = "—";
  static final String NOT_REACHED = "not reached";
  static final String NR = "NR";
  private static final String DASH = "–";

  /**
   * A statistic emptied by small-cell suppression (docs/report.md, "Sharing a report outside the
   * team").
   */
  static final String SUPPRESSED = "suppressed";

  /**
   * The small-cell threshold k of the page being rendered, or null: set by {@link
   * HtmlReport#render} for the duration of one rendering.
   */
  private static final ThreadLocal<Integer> MIN_CELL_SIZE = new ThreadLocal<>();

  private Formats() {}

  static void minCellSize(Integer k) {
    if (k == null) {
      MIN_CELL_SIZE.remove();
    } else {
      MIN_CELL_SIZE.set(k);
    }
  }

  static Integer minCellSize() {
    return MIN_CELL_SIZE.get();
  }

  /**
   * How a suppressed count reads: {@code <k}. Every suppressed count reads the same, also one
   * hidden only so that a small count elsewhere cannot be worked out (the legend says so): showing
   * those differently would tell which cells are the small ones.
   */
  static String suppressedCount() {
    Integer k = MIN_CELL_SIZE.get();
    return "<" + (k == null ? "k" : k);
  }

  /** A count with thousands separators: {@code 12,345}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A count; null (suppressed) is {@code <k}. */
  static String count(Integer n) {
    return n == null ? suppressedCount() : count(n.longValue());
  }

  /** A count; null (suppressed) is {@code <k}. */
  static String count(Long n) {
    return n == null ? suppressedCount() : count(n.longValue());
  }

  /** A count at risk: below k (and above 0) it reads {@code <k} when suppression is on. */
  static String atRisk(int n) {
    Integer k = MIN_CELL_SIZE.get();
    return k != null && n > 0 && n < k ? suppressedCount() : count(n);
  }

  /** {@code x/n}. */
  static String fraction(long x, long n) {
    return count(x) + "/" + count(n);
  }

  /** {@code x/n}; a suppressed part reads {@code <k}. */
  static String fraction(Integer x, Integer n) {
    return count(x) + "/" + count(n);
  }

  /** A proportion as a percentage with one decimal: {@code 0.7083 -> 70.8%}. */
  static String percent(Double p) {
    return p == null || !Double.isFinite(p) ? MISSING : fixed(p * 100, 1) + "%";
  }

  /** An interval of proportions in percent without the sign: {@code (50.8–85.1)}. */
  static String percentInterval(Double low, Double high) {
    return "(" + percentRange(low, high) + ")";
  }

  /** {@code 50.8–85.1}; both limits missing is "—". */
  static String percentRange(Double low, Double high) {
    if (missing(low) && missing(high)) {
      return MISSING;
    }
    return percentNumber(low) + DASH + percentNumber(high);
  }

  /** A proportion with its interval, {@code 70.8% (50.8–85.1)}; missing proportion is "—". */
  static String percentWithInterval(Double p, Double low, Double high) {
    return missing(p) ? MISSING : percent(p) + " " + percentInterval(low, high);
  }

  /** Days, at most two decimals: {@code 21}, {@code 4.5}; missing is "—". */
  static String days(Double d) {
    if (missing(d)) {
      return MISSING;
    }
    return BigDecimal.valueOf(d)
        .setScale(2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** A Kaplan-Meier quantile in days; null is "not reached". */
  static String quantile(Double d) {
    return missing(d) ? NOT_REACHED : days(d);
  }

  /** The interval of a quantile, {@code (14–NR)}; a missing limit is "NR" (not reached). */
  static String quantileInterval(Double low, Double high) {
    return "(" + limit(low) + DASH + limit(high) + ")";
  }

  /** A number with a fixed count of decimals; missing is "—". */
  static String decimal(Double d, int places) {
    return missing(d) ? MISSING : fixed(d, places);
  }

  /** A p-value: three decimals, {@code <0.001} below that; missing is "—". */
  static String pValue(Double p) {
    if (missing(p)) {
      return MISSING;
    }
    return p < 0.001 ? "<0.001" : fixed(p, 3);
  }

  /** A change with its sign: {@code +3}, {@code -2}, {@code 0}. */
  static String signed(long n) {
    return n > 0 ? "+" + count(n) : count(n);
  }

  private static String limit(Double d) {
    return missing(d) ? NR : days(d);
  }

  private static String percentNumber(Double p) {
    return missing(p) ? MISSING : fixed(p * 100, 1);
  }

  private static boolean missing(Double d) {
    return d == null || !Double.isFinite(d);
  }

  private static String fixed(double d, int places) {
    String s = BigDecimal.valueOf(d).setScale(places, RoundingMode.HALF_UP).toPlainString();
    // -0.0 rounds to "-0.0": a sign on zero only confuses
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
