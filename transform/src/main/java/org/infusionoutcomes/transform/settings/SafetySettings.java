package org.infusionoutcomes.transform.settings;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * The settings of the safety derivations (docs/definitions.md, "Safety monitoring"): the
 * observation window after an infusion start, thresholds, rises and recovery margins per vital-sign
 * test, the adverse-event follow-up after a subject's last course and the worsening of the
 * suicidality items per scale. A map given in the configuration overrides the default of each test
 * (or scale) it names and keeps the defaults of the others.
 *
 * @param windowMinutes readings with an offset in (0, window] are post-infusion
 * @param thresholds per test: a peak at or above it (SPO2: at or below) is an exceedance
 * @param rise per test: a change from pre at or above it is an exceedance
 * @param recoveredMargin per test: the last reading in the window at or below pre + margin is back
 *     to pre
 * @param aeFollowupDays days after the last infusion of a subject's last course that still belong
 *     to it for adverse events
 * @param suicidalityWorsening per scale: worst minus baseline at or above it is worsening
 */
public record SafetySettings(
    int windowMinutes,
    Map<String, Double> thresholds,
    Map<String, Double> rise,
    Map<String, Double> recoveredMargin,
    int aeFollowupDays,
    Map<String, Double> suicidalityWorsening)
    implements Serializable {

  /** The configuration keys this concern reads. */
  public static final Set<String> KEYS = Set.of("safety");

  /** The vital-sign tests (SDTM VSTESTCD) a threshold, rise or margin may name. */
  public static final List<String> TESTS =
      List.of("SYSBP", "DIABP", "PULSE", "SPO2", "RESP", "TEMP", "WEIGHT", "HEIGHT", "BMI");

  /** The test whose exceedance is a low value (oxygen saturation). */
  public static final String LOW_IS_WORSE = "SPO2";

  /** The scales with a suicidality item. */
  public static final List<String> SUICIDALITY_SCALES = List.of("MADRS", "PHQ9");

  private static final Set<String> SAFETY_KEYS =
      Set.of(
          "window_minutes",
          "thresholds",
          "rise",
          "recovered_margin",
          "ae_followup_days",
          "suicidality_worsening");

  public SafetySettings {
    thresholds = Map.copyOf(thresholds);
    rise = Map.copyOf(rise);
    recoveredMargin = Map.copyOf(recoveredMargin);
    suicidalityWorsening = Map.copyOf(suicidalityWorsening);
  }

  /** The defaults of docs/definitions.md. */
  public static SafetySettings defaults() {
    return read(FieldReader.empty("<defaults>"));
  }

  /**
   * Reads and validates the {@code safety} mapping of a configuration file; other keys are left
   * alone.
   *
   * @throws org.infusionoutcomes.ingest.config.DefinitionException naming file and key
   */
  public static SafetySettings read(FieldReader r) {
    FieldReader s = r.object("safety").rejectUnknownKeys(SAFETY_KEYS);
    return new SafetySettings(
        s.optionalInt("window_minutes", 1, 24 * 60, 240),
        perKey(
            s,
            "thresholds",
            TESTS,
            Map.of("SYSBP", 180.0, "DIABP", 110.0, "PULSE", 110.0, "SPO2", 92.0),
            0,
            400),
        perKey(s, "rise", TESTS, Map.of("SYSBP", 40.0, "DIABP", 25.0), 0, 400),
        perKey(
            s,
            "recovered_margin",
            TESTS,
            Map.of("SYSBP", 10.0, "DIABP", 10.0, "PULSE", 10.0),
            0,
            400),
        s.optionalInt("ae_followup_days", 0, 3650, 14),
        perKey(
            s,
            "suicidality_worsening",
            SUICIDALITY_SCALES,
            Map.of("MADRS", 2.0, "PHQ9", 1.0),
            1,
            6));
  }

  private static Map<String, Double> perKey(
      FieldReader s,
      String key,
      List<String> allowed,
      Map<String, Double> defaults,
      double min,
      double max) {
    FieldReader map = s.object(key);
    Map<String, Double> out = new TreeMap<>(defaults);
    for (String k : map.keys()) {
      String id = k.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
      if (!allowed.contains(id)) {
        throw DeriveErrors.unknownSafetyKey(map, k, allowed);
      }
      out.put(id, map.requiredDouble(k, min, max));
    }
    return out;
  }

  /** Threshold of a test, or null when the test has none. */
  public Double threshold(String test) {
    return thresholds.get(test);
  }

  /** Rise of a test, or null when the test has none. */
  public Double riseOf(String test) {
    return rise.get(test);
  }

  /** Recovery margin of a test, or null when the test has none. */
  public Double marginOf(String test) {
    return recoveredMargin.get(test);
  }

  /** The settings as written into the manifest and report, maps sorted by key. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("window_minutes", windowMinutes);
    m.put("thresholds", new TreeMap<>(thresholds));
    m.put("rise", new TreeMap<>(rise));
    m.put("recovered_margin", new TreeMap<>(recoveredMargin));
    m.put("ae_followup_days", aeFollowupDays);
    m.put("suicidality_worsening", new TreeMap<>(suicidalityWorsening));
    return m;
  }
}
