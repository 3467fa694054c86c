package org.infusionoutcomes.ingest.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective run configuration (SPEC §8): every threshold and window of the derivations and
 * statistics. Immutable; built by {@link ConfigLoader}, validated before any work starts.
 *
 * @param courseGapDays a gap between infusions longer than this starts a new course
 * @param baselineWindowDays how many days before course start a baseline may lie
 * @param endpointWindowDays days after the last infusion in which the endpoint is looked for
 * @param responseFraction fractional reduction from baseline that counts as response
 * @param relapseRule {@code loss_of_response} or {@code threshold}
 * @param relapseConfirmations consecutive qualifying assessments that confirm relapse
 * @param retreatmentIsRelapse whether the start of a next course counts as relapse
 * @param kmConfType Kaplan-Meier interval type: {@code log}, {@code log-log} or {@code plain}
 * @param landmarkDays days at which survival is reported
 * @param rejectThreshold share of rejected records above which the run exits with code 3
 * @param studyId study id for formats that carry none, or null
 * @param scales per-scale thresholds by canonical scale id
 * @param keepSnapshots how many published snapshots a nightly warehouse keeps (operations only: not
 *     part of {@link #asMap()}, so changing it does not change a run's numbers or id)
 * @param lockStaleHours age after which a nightly lock is taken over (operations only, as above)
 */
public record OutcomesConfig(
    int courseGapDays,
    int baselineWindowDays,
    int endpointWindowDays,
    double responseFraction,
    String relapseRule,
    int relapseConfirmations,
    boolean retreatmentIsRelapse,
    String kmConfType,
    List<Integer> landmarkDays,
    double rejectThreshold,
    String studyId,
    Map<String, ScaleThresholds> scales,
    int keepSnapshots,
    int lockStaleHours)
    implements Serializable {

  public static final String RELAPSE_LOSS_OF_RESPONSE = "loss_of_response";
  public static final String RELAPSE_THRESHOLD = "threshold";

  public OutcomesConfig {
    landmarkDays = List.copyOf(landmarkDays);
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

  /** The thresholds of one scale; scales not named in the config use their registry defaults. */
  public ScaleThresholds thresholds(String scaleId) {
    ScaleThresholds t = scales.get(scaleId);
    if (t == null) {
      throw new IllegalArgumentException("no thresholds for scale " + scaleId);
    }
    return t;
  }

  /**
   * A stable, ordered map of every effective setting that can change a run's numbers, as written
   * into the manifest and report (the nightly operations keys are recorded by the nightly run).
   */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("course_gap_days", courseGapDays);
    m.put("baseline_window_days", baselineWindowDays);
    m.put("endpoint_window_days", endpointWindowDays);
    m.put("response_fraction", responseFraction);
    m.put("relapse_rule", relapseRule);
    m.put("relapse_confirmations", relapseConfirmations);
    m.put("retreatment_is_relapse", retreatmentIsRelapse);
    m.put("km_conf_type", kmConfType);
    m.put("landmark_days", landmarkDays);
    m.put("reject_threshold", rejectThreshold);
    m.put("study_id", studyId);
    Map<String, Object> s = new java.util.LinkedHashMap<>();
    new TreeMap<>(scales)
        .forEach(
            (k, v) -> {
              Map<String, Object> t = new java.util.LinkedHashMap<>();
              t.put("remission_max", v.remissionMax());
              t.put("relapse_threshold", v.relapseThreshold());
              s.put(k, t);
            });
    m.put("scales", s);
    return m;
  }
}
