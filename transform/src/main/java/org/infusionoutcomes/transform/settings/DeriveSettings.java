package org.infusionoutcomes.transform.settings;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;

/**
 * The settings of the derive stage (docs/definitions.md names each key): courses, windows, the
 * response fraction, the relapse rule and per-scale thresholds. Immutable and validated when read.
 *
 * @param courseGapDays a gap between infusions longer than this starts a new course
 * @param baselineWindowDays how many days before course start a baseline may lie
 * @param endpointWindowDays days after the last infusion in which the endpoint is looked for
 * @param responseFraction fractional reduction from baseline that counts as response
 * @param relapseRule the primary relapse rule
 * @param relapseConfirmations consecutive qualifying assessments that confirm relapse
 * @param retreatmentIsRelapse whether the start of a next course counts as relapse
 * @param scales per-scale thresholds by canonical scale id
 */
public record DeriveSettings(
    int courseGapDays,
    int baselineWindowDays,
    int endpointWindowDays,
    double responseFraction,
    RelapseRule relapseRule,
    int relapseConfirmations,
    boolean retreatmentIsRelapse,
    Map<String, ScaleThresholds> scales)
    implements Serializable {

  /** The configuration keys this stage reads. */
  public static final Set<String> KEYS =
      Set.of(
          "course_gap_days",
          "baseline_window_days",
          "endpoint_window_days",
          "response_fraction",
          "relapse_rule",
          "relapse_confirmations",
          "retreatment_is_relapse",
          "scales");

  public DeriveSettings {
    scales = Map.copyOf(scales);
  }

  /**
   * Per-scale thresholds.
   *
   * @param remissionMax highest total that counts as remission
   * @param relapseThreshold lowest total that counts as relapse under the threshold rule
   */
  public record ScaleThresholds(double remissionMax, double relapseThreshold)
      implements Serializable {}

  /** The defaults, with per-scale thresholds from the registry. */
  public static DeriveSettings defaults(ScaleRegistry registry) {
    return read(FieldReader.empty("<defaults>"), registry);
  }

  /**
   * Reads and validates this stage's keys of a configuration file; other keys are left alone.
   *
   * @throws org.infusionoutcomes.ingest.config.DefinitionException naming file and key
   */
  public static DeriveSettings read(FieldReader r, ScaleRegistry registry) {
    int courseGap = r.optionalInt("course_gap_days", 1, 3650, 21);
    int baselineWindow = r.optionalInt("baseline_window_days", 0, 3650, 14);
    int endpointWindow = r.optionalInt("endpoint_window_days", 1, 3650, 7);
    double responseFraction = r.optionalDouble("response_fraction", 0.01, 1.0, 0.5);
    RelapseRule relapseRule =
        RelapseRule.fromId(
            r.optionalChoice("relapse_rule", relapseRuleIds(), RelapseRule.LOSS_OF_RESPONSE.id()));
    int confirmations = r.optionalInt("relapse_confirmations", 1, 10, 1);
    boolean retreatment = r.optionalBoolean("retreatment_is_relapse", false);
    return new DeriveSettings(
        courseGap,
        baselineWindow,
        endpointWindow,
        responseFraction,
        relapseRule,
        confirmations,
        retreatment,
        thresholds(r, registry));
  }

  private static Map<String, ScaleThresholds> thresholds(FieldReader r, ScaleRegistry registry) {
    FieldReader scalesNode = r.object("scales");
    Map<String, ScaleThresholds> thresholds = new LinkedHashMap<>();
    for (String key : scalesNode.keys()) {
      ScaleDefinition scale = registry.require(scalesNode, key, key);
      FieldReader s =
          scalesNode.object(key).rejectUnknownKeys(Set.of("remission_max", "relapse_threshold"));
      thresholds.put(
          scale.id(),
          new ScaleThresholds(
              s.optionalDouble(
                  "remission_max", scale.totalMin(), scale.totalMax(), scale.remissionMax()),
              s.optionalDouble(
                  "relapse_threshold",
                  scale.totalMin(),
                  scale.totalMax(),
                  scale.relapseThreshold())));
    }
    for (ScaleDefinition scale : registry.scales()) {
      thresholds.putIfAbsent(
          scale.id(), new ScaleThresholds(scale.remissionMax(), scale.relapseThreshold()));
    }
    return thresholds;
  }

  /** The thresholds of one scale; scales not named in the config use their registry defaults. */
  public ScaleThresholds thresholds(String scaleId) {
    ScaleThresholds t = scales.get(scaleId);
    if (t == null) {
      throw DeriveErrors.noThresholds(scaleId);
    }
    return t;
  }

  /** The per-scale thresholds as written into the manifest and report, sorted by scale id. */
  public Map<String, Object> scalesAsMap() {
    Map<String, Object> s = new LinkedHashMap<>();
    new TreeMap<>(scales)
        .forEach(
            (k, v) -> {
              Map<String, Object> t = new LinkedHashMap<>();
              t.put("remission_max", v.remissionMax());
              t.put("relapse_threshold", v.relapseThreshold());
              s.put(k, t);
            });
    return s;
  }

  /** The relapse rules offered in configuration, by id. */
  public static List<String> relapseRuleIds() {
    return java.util.Arrays.stream(RelapseRule.values()).map(RelapseRule::id).toList();
  }
}
