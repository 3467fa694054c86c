package org.infusionoutcomes.transform.settings;

import java.util.List;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * The user-facing errors of the derive stage, one static method per error (Delta Kernel's
 * DeltaErrors model): each names the configuration file and key and says what to do.
 */
public final class DeriveErrors {
  private DeriveErrors() {}

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
