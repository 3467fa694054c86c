package org.infusionoutcomes.ingest.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.value.Numbers;

/**
 * Scores one assessment by the rules of docs/formats.md ("Scales").
 *
 * <ul>
 *   <li>An item outside its own range or not a whole number, or a reported total outside the total
 *       range or not a number, rejects the whole assessment.
 *   <li>All items present: total = the scale's item total (plain sum, or the sum of group maxima).
 *       A reported total that differs is a {@code reported_total_mismatch} warning.
 *   <li>Missing items within {@code max_missing_items}: total = sum(answered) x N / answered, not
 *       rounded ({@code prorated}); this wins over a reported total.
 *   <li>More missing: the reported total if there is one ({@code reported}), else {@code
 *       too_many_missing_items}.
 * </ul>
 */
public final class AssessmentScorer {
  private static final double TOLERANCE = 1e-9;

  private AssessmentScorer() {}

  /**
   * Scores the items and reported total of one assessment.
   *
   * @param scale the scale
   * @param items the item observations by item number 1..N (absent or empty value = missing)
   * @param reportedTotal the reported-total observation, or null
   */
  public static ScoreResult score(
      ScaleDefinition scale, Map<Integer, ScoreObservation> items, ScoreObservation reportedTotal) {
    int n = scale.itemCount();
    Integer[] values = new Integer[n];
    for (int i = 1; i <= n; i++) {
      ScoreObservation o = items.get(i);
      if (o == null || o.value() == null || o.value().isBlank()) {
        continue;
      }
      Integer v = Numbers.parse(o.value());
      if (v == null) {
        return new ScoreResult.Rejected(
            RejectRule.ITEM_NOT_INTEGER,
            scale.id() + " item " + i + " value '" + o.value().trim() + "' is not a whole number",
            o);
      }
      if (v < scale.itemMin(i) || v > scale.itemMax(i)) {
        return new ScoreResult.Rejected(
            RejectRule.ITEM_OUT_OF_RANGE,
            scale.id()
                + " item "
                + i
                + " value "
                + v
                + " is outside "
                + scale.itemMin(i)
                + ".."
                + scale.itemMax(i),
            o);
      }
      values[i - 1] = v;
    }

    Double reported = null;
    if (reportedTotal != null
        && reportedTotal.value() != null
        && !reportedTotal.value().isBlank()) {
      reported = Numbers.parseNumber(reportedTotal.value());
      if (reported == null) {
        return new ScoreResult.Rejected(
            RejectRule.TOTAL_NOT_NUMERIC,
            scale.id() + " total '" + reportedTotal.value().trim() + "' is not a number",
            reportedTotal);
      }
      if (reported < scale.totalMin() - TOLERANCE || reported > scale.totalMax() + TOLERANCE) {
        return new ScoreResult.Rejected(
            RejectRule.TOTAL_OUT_OF_RANGE,
            scale.id()
                + " total "
                + plain(reported)
                + " is outside "
                + plain(scale.totalMin())
                + ".."
                + plain(scale.totalMax()),
            reportedTotal);
      }
    }

    int answered = (int) Arrays.stream(values).filter(v -> v != null).count();
    int missing = n - answered;
    List<Integer> itemList = new ArrayList<>(Arrays.asList(values));
    Boolean safety = safetyFlag(scale, values);

    if (missing == 0) {
      double total = itemTotal(scale, values);
      boolean mismatch = reported != null && Math.abs(reported - total) > TOLERANCE;
      return scored(
          scale,
          itemList,
          answered,
          total,
          Assessment.TOTAL_FROM_ITEMS,
          reported,
          mismatch,
          safety);
    }
    if (answered > 0 && missing <= scale.maxMissingItems()) {
      double sum = 0;
      for (Integer v : values) {
        sum += v == null ? 0 : v;
      }
      double total = sum * n / answered;
      return scored(
          scale, itemList, answered, total, Assessment.TOTAL_PRORATED, reported, false, safety);
    }
    if (reported != null) {
      return scored(
          scale, itemList, answered, reported, Assessment.TOTAL_REPORTED, reported, false, safety);
    }
    return new ScoreResult.Rejected(
        RejectRule.TOO_MANY_MISSING_ITEMS,
        scale.id()
            + " has "
            + missing
            + " of "
            + n
            + " items missing (at most "
            + scale.maxMissingItems()
            + " may be prorated) and no reported total",
        null);
  }

  private static ScoreResult.Scored scored(
      ScaleDefinition scale,
      List<Integer> items,
      int answered,
      double total,
      String source,
      Double reported,
      boolean mismatch,
      Boolean safety) {
    return new ScoreResult.Scored(
        items,
        answered,
        total,
        source,
        reported,
        mismatch,
        safety,
        scale.severityOf(total).orElse(null));
  }

  /** The total of complete items: the sum over the scale's groups of each group's largest item. */
  static double itemTotal(ScaleDefinition scale, Integer[] values) {
    double total = 0;
    for (List<Integer> group : scale.totalGroups()) {
      int max = Integer.MIN_VALUE;
      for (int item : group) {
        max = Math.max(max, values[item - 1]);
      }
      total += max;
    }
    return total;
  }

  private static Boolean safetyFlag(ScaleDefinition scale, Integer[] values) {
    if (scale.safetyFlag() == null) {
      return null;
    }
    Integer v = values[scale.safetyFlag().item() - 1];
    return v == null ? null : v >= scale.safetyFlag().minValue();
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
