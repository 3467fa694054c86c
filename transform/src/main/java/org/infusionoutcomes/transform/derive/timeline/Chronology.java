package org.infusionoutcomes.transform.derive.timeline;

import static java.util.Comparator.comparingInt;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;

/**
 * Time order of assessments and infusions.
 *
 * <p>The total order is day, then time of day with an untimed record placed at the start of its day
 * (as the pre-infusion rule treats an untimed assessment as before a same-day infusion), then
 * source file and line so that the order is deterministic. Where the order matters clinically, a
 * record without a time of day cannot really be ordered against a timed record of the same day:
 * {@link #latest} and {@link #earliest} report every such record as tied with the chosen one.
 */
public final class Chronology {
  private Chronology() {}

  /** Day, time (untimed first), source file, source line. */
  public static final Comparator<Assessment> ASSESSMENT_ORDER =
      comparingInt(Assessment::day)
          .thenComparing(Assessment::assessmentTime, nullsFirst(naturalOrder()))
          .thenComparing(Assessment::sourceFile, nullsFirst(naturalOrder()))
          .thenComparingLong(Assessment::sourceLine);

  /** Day, time (untimed first), source file, source line. */
  public static final Comparator<Infusion> INFUSION_ORDER =
      comparingInt(Infusion::day)
          .thenComparing(Infusion::infusionTime, nullsFirst(naturalOrder()))
          .thenComparing(Infusion::sourceFile, nullsFirst(naturalOrder()))
          .thenComparingLong(Infusion::sourceLine);

  /**
   * The pre-infusion rule (docs/definitions.md, "Pre-infusion"): an assessment on an infusion day
   * counts as before that infusion unless both have a time of day and the assessment's is later.
   */
  public static boolean isPreInfusion(Assessment a, Infusion infusion) {
    if (a.day() != infusion.day()) {
      return a.day() < infusion.day();
    }
    LocalTime at = a.assessmentTime();
    LocalTime it = infusion.infusionTime();
    return at == null || it == null || !at.isAfter(it);
  }

  /** A sorted copy. */
  public static List<Assessment> sorted(List<Assessment> assessments) {
    List<Assessment> copy = new ArrayList<>(assessments);
    copy.sort(ASSESSMENT_ORDER);
    return copy;
  }

  /**
   * The latest of {@code candidates} (non-empty). Tied with it are all records of the latest day
   * that no time of day places before another: the untimed ones and the timed ones at the latest
   * time. The chosen record is the last tied one in the total order.
   */
  public static Extreme latest(List<Assessment> candidates) {
    return extreme(candidates, true);
  }

  /**
   * The earliest of {@code candidates} (non-empty). Tied with it are all records of the earliest
   * day that no time of day places after another: the untimed ones and the timed ones at the
   * earliest time. The chosen record is the first tied one in the total order.
   */
  public static Extreme earliest(List<Assessment> candidates) {
    return extreme(candidates, false);
  }

  private static Extreme extreme(List<Assessment> candidates, boolean last) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no candidates");
    }
    int day =
        last
            ? candidates.stream().mapToInt(Assessment::day).max().getAsInt()
            : candidates.stream().mapToInt(Assessment::day).min().getAsInt();
    List<Assessment> sameDay =
        candidates.stream().filter(a -> a.day() == day).sorted(ASSESSMENT_ORDER).toList();
    List<LocalTime> times =
        sameDay.stream().map(Assessment::assessmentTime).filter(t -> t != null).toList();
    LocalTime edge =
        times.isEmpty() ? null : last ? Collections.max(times) : Collections.min(times);
    List<Assessment> tied =
        sameDay.stream()
            .filter(a -> a.assessmentTime() == null || a.assessmentTime().equals(edge))
            .toList();
    Assessment chosen = last ? tied.get(tied.size() - 1) : tied.get(0);
    return new Extreme(chosen, tied);
  }

  /** Whether two totals count as the same score (they may be fractional after proration). */
  public static boolean sameScore(double a, double b) {
    return Math.abs(a - b) <= 1e-9;
  }
}
