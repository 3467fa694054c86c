package org.infusionoutcomes.transform.derive;

/** Where an assessment lies relative to the course it is aligned to ({@code phase} column). */
public enum Phase {
  /**
   * Pre-infusion, in the baseline window, earlier than the latest day and time of the window (for
   * example a screening score).
   */
  PRE_BASELINE_WINDOW("pre_baseline_window"),
  /** The baseline record. */
  BASELINE("baseline"),
  /**
   * At the latest day and time of the baseline window but not selected: one of the conflicting
   * candidates of an ambiguous baseline, or an identical duplicate of the baseline.
   */
  BASELINE_CANDIDATE("baseline_candidate"),
  /** After the course's first infusion, up to and including the last infusion day. */
  TREATMENT("treatment"),
  /** Day in {@code [last_infusion_day + 1, last_infusion_day + endpoint_window_days]}. */
  ENDPOINT_WINDOW("endpoint_window"),
  /** After the endpoint window, before the next course. */
  FOLLOW_UP("follow_up");

  private final String id;

  Phase(String id) {
    this.id = id;
  }

  /** The value of the {@code phase} column. */
  public String id() {
    return id;
  }
}
