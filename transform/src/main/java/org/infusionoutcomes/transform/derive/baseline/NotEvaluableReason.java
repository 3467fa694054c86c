package org.infusionoutcomes.transform.derive.baseline;

/** Why a course x scale is not in the ITT population. */
public enum NotEvaluableReason {
  /** No pre-infusion assessment of the scale in the baseline window. */
  NO_BASELINE("no_baseline"),
  /** The baseline total is 0: percent change and response are undefined. */
  BASELINE_ZERO("baseline_zero"),
  /** Two different totals at the latest day and time of the baseline window. */
  BASELINE_AMBIGUOUS("baseline_ambiguous");

  private final String id;

  NotEvaluableReason(String id) {
    this.id = id;
  }

  /** The value of the {@code not_evaluable_reason} column. */
  public String id() {
    return id;
  }
}
