package org.infusionoutcomes.transform.derive.tte;

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
}
