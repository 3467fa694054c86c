package org.infusionoutcomes.analysis.settings;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * The settings of the analyse stage (docs/statistics.md names each key): the Kaplan-Meier interval
 * type and the landmark days. Immutable and validated when read.
 *
 * @param kmConfType Kaplan-Meier interval type
 * @param landmarkDays days at which survival is reported, strictly increasing
 * @param minCellSize small-cell suppression threshold k for every report output (docs/report.md),
 *     or null for none
 */
public record AnalysisSettings(ConfType kmConfType, List<Integer> landmarkDays, Integer minCellSize)
    implements Serializable {

  /** The configuration keys this stage reads. */
  public static final Set<String> KEYS = Set.of("km_conf_type", "landmark_days", "min_cell_size");

  /** The range of {@code min_cell_size}: 1 would suppress nothing. */
  public static final int MIN_CELL_SIZE_LOW = 2;

  public static final int MIN_CELL_SIZE_HIGH = 100;

  public AnalysisSettings {
    landmarkDays = List.copyOf(landmarkDays);
  }

  /** The defaults: log intervals, landmarks at 7, 14, 28, 56 and 84 days. */
  public static AnalysisSettings defaults() {
    return read(FieldReader.empty("<defaults>"));
  }

  /**
   * Reads and validates this stage's keys of a configuration file; other keys are left alone.
   *
   * @throws org.infusionoutcomes.ingest.config.DefinitionException naming file and key
   */
  public static AnalysisSettings read(FieldReader r) {
    ConfType confType =
        ConfType.fromId(
            r.optionalChoice(
                "km_conf_type",
                Arrays.stream(ConfType.values()).map(ConfType::id).toList(),
                ConfType.LOG.id()));
    List<Integer> landmarks =
        r.has("landmark_days") ? r.intList("landmark_days", 1, 3650) : List.of(7, 14, 28, 56, 84);
    for (int i = 1; i < landmarks.size(); i++) {
      if (landmarks.get(i) <= landmarks.get(i - 1)) {
        throw r.error("landmark_days", "must be strictly increasing, found " + landmarks);
      }
    }
    Integer minCellSize =
        r.has("min_cell_size")
            ? r.requiredInt("min_cell_size", MIN_CELL_SIZE_LOW, MIN_CELL_SIZE_HIGH)
            : null;
    return new AnalysisSettings(confType, landmarks, minCellSize);
  }
}
