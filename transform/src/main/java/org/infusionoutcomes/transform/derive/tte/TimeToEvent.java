package org.infusionoutcomes.transform.derive.tte;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.criteria.DecimalText;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;

/**
 * One time-to-event observation.
 *
 * @param originDay day on the analysis axis where time starts
 * @param endDay day of the event or of censoring
 * @param cnsr 0 event, 1 censored (ADaM CNSR)
 * @param description what happened, in words
 * @param score total of the deciding assessment, or null when an infusion decided
 * @param source the deciding record
 */
public record TimeToEvent(
    int originDay, int endDay, int cnsr, String description, Double score, SourceRef source) {
  public static final int EVENT = 0;
  public static final int CENSORED = 1;

  /** {@code endDay - originDay}. */
  public int timeDays() {
    return endDay - originDay;
  }

  /**
   * How a deciding assessment is described in {@code event_description}, e.g. {@code MADRS 24 on
   * day 14 after last infusion}.
   */
  static String scoreOn(OutcomeCriteria criteria, Assessment a, int origin, String originName) {
    return criteria.scale()
        + " "
        + DecimalText.plain(a.totalScore())
        + " on day "
        + (a.day() - origin)
        + " after "
        + originName;
  }

  /**
   * An observation decided by assessment {@code a}, described as {@code prefix}, the score ({@link
   * #scoreOn}) and {@code suffix}.
   */
  static TimeToEvent decidedBy(
      Assessment a,
      int cnsr,
      String prefix,
      String suffix,
      OutcomeCriteria criteria,
      int origin,
      String originName) {
    return new TimeToEvent(
        origin,
        a.day(),
        cnsr,
        prefix + scoreOn(criteria, a, origin, originName) + suffix,
        a.totalScore(),
        SourceRef.of(a));
  }
}
