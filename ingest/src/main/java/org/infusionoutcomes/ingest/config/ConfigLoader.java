package org.infusionoutcomes.ingest.config;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.ingest.config.OutcomesConfig.ScaleThresholds;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;

/**
 * Reads the run configuration (YAML or JSON) and validates it completely before any work starts: an
 * unknown key or an out-of-range value is a {@link DefinitionException} naming the key.
 */
public final class ConfigLoader {
  static final Set<String> KEYS =
      Set.of(
          "course_gap_days",
          "baseline_window_days",
          "endpoint_window_days",
          "response_fraction",
          "relapse_rule",
          "relapse_confirmations",
          "retreatment_is_relapse",
          "km_conf_type",
          "landmark_days",
          "reject_threshold",
          "study_id",
          "scales",
          "keep_snapshots",
          "lock_stale_hours");

  /** The interval types offered for Kaplan-Meier curves, named as R's {@code conf.type}. */
  public static final List<String> KM_CONF_TYPES = List.of("log", "log-log", "plain");

  private ConfigLoader() {}

  /** The defaults of SPEC §8, with per-scale thresholds from the registry. */
  public static OutcomesConfig defaults(ScaleRegistry registry) {
    return load("<defaults>", new ByteArrayInputStream(new byte[0]), registry);
  }

  /** Parses and validates a configuration; {@code file} names it in errors. */
  public static OutcomesConfig load(String file, InputStream in, ScaleRegistry registry) {
    FieldReader r = FieldReader.parse(file, in).rejectUnknownKeys(KEYS);
    int courseGap = r.optionalInt("course_gap_days", 1, 3650, 21);
    int baselineWindow = r.optionalInt("baseline_window_days", 0, 3650, 14);
    int endpointWindow = r.optionalInt("endpoint_window_days", 1, 3650, 7);
    double responseFraction = r.optionalDouble("response_fraction", 0.01, 1.0, 0.5);
    String relapseRule =
        r.optionalChoice(
            "relapse_rule",
            List.of(OutcomesConfig.RELAPSE_LOSS_OF_RESPONSE, OutcomesConfig.RELAPSE_THRESHOLD),
            OutcomesConfig.RELAPSE_LOSS_OF_RESPONSE);
    int confirmations = r.optionalInt("relapse_confirmations", 1, 10, 1);
    boolean retreatment = r.optionalBoolean("retreatment_is_relapse", false);
    String confType = r.optionalChoice("km_conf_type", KM_CONF_TYPES, "log");
    List<Integer> landmarks =
        r.has("landmark_days") ? r.intList("landmark_days", 1, 3650) : List.of(7, 14, 28, 56, 84);
    for (int i = 1; i < landmarks.size(); i++) {
      if (landmarks.get(i) <= landmarks.get(i - 1)) {
        throw r.error("landmark_days", "must be strictly increasing, found " + landmarks);
      }
    }
    double rejectThreshold = r.optionalDouble("reject_threshold", 0.0, 1.0, 0.05);
    String studyId = r.optionalText("study_id").orElse(null);
    int keepSnapshots = r.optionalInt("keep_snapshots", 1, 10000, 7);
    int lockStaleHours = r.optionalInt("lock_stale_hours", 1, 8760, 12);

    FieldReader scalesNode = r.object("scales");
    Map<String, ScaleThresholds> thresholds = new LinkedHashMap<>();
    for (String key : scalesNode.keys()) {
      ScaleDefinition scale =
          registry
              .resolve(key)
              .orElseThrow(
                  () ->
                      scalesNode.error(
                          key,
                          "unknown scale; known scales are "
                              + String.join(
                                  ", ",
                                  registry.scales().stream()
                                      .map(ScaleDefinition::id)
                                      .sorted()
                                      .toList())));
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
    return new OutcomesConfig(
        courseGap,
        baselineWindow,
        endpointWindow,
        responseFraction,
        relapseRule,
        confirmations,
        retreatment,
        confType,
        landmarks,
        rejectThreshold,
        studyId,
        thresholds,
        keepSnapshots,
        lockStaleHours);
  }
}
