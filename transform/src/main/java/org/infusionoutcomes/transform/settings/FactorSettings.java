package org.infusionoutcomes.transform.settings;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * The band edges of the course factors (docs/definitions.md, "Who responds"): each list is strictly
 * ascending; a value falls in the band whose lower edge it reaches.
 *
 * @param ageBands age edges in years, e.g. [18, 35, 50, 65] -> {@code <18}, {@code 18-34}, ...,
 *     {@code 65+}
 * @param doseBands mean dose edges in mg/kg, e.g. [0.5, 0.75, 1.0] -> {@code <0.5}, {@code
 *     0.5-<0.75}, ..., {@code >=1.0}
 * @param bmiBands BMI edges in kg/m², e.g. [25, 30] -> {@code <25}, {@code 25-<30}, {@code >=30}
 */
public record FactorSettings(List<Integer> ageBands, List<Double> doseBands, List<Double> bmiBands)
    implements Serializable {

  /** The configuration keys this concern reads. */
  public static final Set<String> KEYS = Set.of("age_bands", "dose_bands", "bmi_bands");

  public FactorSettings {
    ageBands = List.copyOf(ageBands);
    doseBands = List.copyOf(doseBands);
    bmiBands = List.copyOf(bmiBands);
  }

  /** The defaults: ages [18, 35, 50, 65], doses [0.5, 0.75, 1.0] mg/kg, BMI [25, 30]. */
  public static FactorSettings defaults() {
    return read(FieldReader.empty("<defaults>"));
  }

  /**
   * Reads and validates the band keys; other keys are left alone.
   *
   * @throws org.infusionoutcomes.ingest.config.DefinitionException naming file and key
   */
  public static FactorSettings read(FieldReader r) {
    List<Integer> ages =
        r.has("age_bands") ? r.intList("age_bands", 0, 130) : List.of(18, 35, 50, 65);
    ascending(r, "age_bands", ages.stream().map(Integer::doubleValue).toList());
    List<Double> doses = edges(r, "dose_bands", 0, 20, List.of(0.5, 0.75, 1.0));
    List<Double> bmi = edges(r, "bmi_bands", 5, 100, List.of(25.0, 30.0));
    return new FactorSettings(ages, doses, bmi);
  }

  private static List<Double> edges(
      FieldReader r, String key, double min, double max, List<Double> defaults) {
    if (!r.has(key)) {
      return defaults;
    }
    List<Double> out = r.doubleList(key, min, max);
    ascending(r, key, out);
    return out;
  }

  private static void ascending(FieldReader r, String key, List<Double> edges) {
    if (edges.isEmpty()) {
      throw r.error(key, "must list at least one band edge");
    }
    for (int i = 1; i < edges.size(); i++) {
      if (edges.get(i) <= edges.get(i - 1)) {
        throw r.error(key, "edges must be strictly ascending, found " + edges);
      }
    }
  }
}
