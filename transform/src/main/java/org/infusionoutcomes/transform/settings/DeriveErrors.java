package org.infusionoutcomes.transform.settings;

import java.util.List;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * Every user-facing message of the transform module, one static method per error (the model is
 * Delta Kernel's {@code DeltaErrors}); each names what is wrong and what to do, and the rules are
 * in docs/definitions.md.
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

  /**
   * A {@code safety.*} map names a test or scale the setting does not know.
   *
   * @param map the reader of the map (names file and path)
   * @param key the key as written
   * @param allowed the keys the setting accepts
   */
  public static DefinitionException unknownSafetyKey(
      FieldReader map, String key, List<String> allowed) {
    return map.error(
        key,
        "unknown key; allowed are "
            + String.join(", ", allowed)
            + " (docs/definitions.md, \"Safety monitoring\")");
  }
}
