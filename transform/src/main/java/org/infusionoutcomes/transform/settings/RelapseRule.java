package org.infusionoutcomes.transform.settings;

import java.util.Arrays;

/** How a follow-up assessment qualifies as relapse (config key {@code relapse_rule}). */
public enum RelapseRule {
  /** The assessment no longer meets the response criterion. */
  LOSS_OF_RESPONSE("loss_of_response", "loss of response"),
  /** The total is at or above the scale's {@code relapse_threshold}. */
  THRESHOLD("threshold", "threshold");

  private final String id;
  private final String label;

  RelapseRule(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The id used in the config file and in the {@code relapse_rule} column. */
  public String id() {
    return id;
  }

  /** Words used in event descriptions. */
  public String label() {
    return label;
  }

  /** The rule named by a config value. */
  public static RelapseRule fromId(String id) {
    return Arrays.stream(values())
        .filter(r -> r.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown relapse rule " + id));
  }
}
