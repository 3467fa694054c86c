package org.infusionoutcomes.jobs.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.infusionoutcomes.analysis.settings.AnalysisSettings;
import org.infusionoutcomes.ingest.config.IngestSettings;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.infusionoutcomes.transform.settings.SafetySettings;

/**
 * The effective run configuration: the settings of each stage, loaded and validated together by
 * {@link ConfigLoader} before any work starts. Each stage receives only its own part.
 *
 * @param ingest settings of the ingest stage
 * @param derive settings of the derive stage
 * @param analysis settings of the analyse stage
 * @param safety settings of the safety derivations
 * @param factors band edges of the course factors (who responds)
 * @param nightly settings of {@code outcomes nightly} (not in {@link #asMap()}: they decide no
 *     number, so changing them neither changes the run id nor re-publishes)
 */
public record OutcomesConfig(
    IngestSettings ingest,
    DeriveSettings derive,
    AnalysisSettings analysis,
    SafetySettings safety,
    FactorSettings factors,
    NightlySettings nightly) {

  /** A stable, ordered map of every effective setting, as written into the manifest and report. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("course_gap_days", derive.courseGapDays());
    m.put("baseline_window_days", derive.baselineWindowDays());
    m.put("endpoint_window_days", derive.endpointWindowDays());
    m.put("response_fraction", derive.responseFraction());
    m.put("relapse_rule", derive.relapseRule().id());
    m.put("relapse_confirmations", derive.relapseConfirmations());
    m.put("retreatment_is_relapse", derive.retreatmentIsRelapse());
    m.put("km_conf_type", analysis.kmConfType().id());
    m.put("landmark_days", analysis.landmarkDays());
    m.put("reject_threshold", ingest.rejectThreshold());
    m.put("study_id", ingest.studyId());
    m.put("scales", derive.scalesAsMap());
    m.put("scale_files", ingest.scaleFiles());
    m.put("min_cell_size", analysis.minCellSize());
    m.put("safety", safety.asMap());
    m.put("age_bands", factors.ageBands());
    m.put("dose_bands", factors.doseBands());
    m.put("bmi_bands", factors.bmiBands());
    return m;
  }
}
