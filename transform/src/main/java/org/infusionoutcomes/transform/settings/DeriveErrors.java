package org.infusionoutcomes.transform.settings;

/**
 * Every user-facing message of the transform module, one static method per error (the model is
 * Delta Kernel's {@code DeltaErrors}); the rules are in docs/definitions.md.
 */
public final class DeriveErrors {
  private DeriveErrors() {}

  /**
   * The canonical tables hold a scale that this run's configuration has no thresholds for: the
   * tables were written with other scale definitions than the derive stage was given.
   */
  public static IllegalArgumentException noThresholds(String scaleId) {
    return new IllegalArgumentException(
        "no thresholds for scale "
            + scaleId
            + ": the canonical tables hold it but this run does not define it; run derive with the"
            + " configuration (and its scale_files) the tables were ingested with");
  }
}
