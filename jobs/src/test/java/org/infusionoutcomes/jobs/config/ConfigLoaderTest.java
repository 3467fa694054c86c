package org.infusionoutcomes.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.settings.DeriveSettings.ScaleThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();

  private static OutcomesConfig load(String file, String text) {
    return ConfigLoader.load(
        file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), REGISTRY);
  }

  private static DefinitionException error(String text) {
    try {
      load("outcomes.yaml", text);
    } catch (DefinitionException e) {
      return e;
    }
    throw new AssertionError("no DefinitionException for: " + text);
  }

  @Test
  void defaultsAreThoseOfSpecSection8() {
    OutcomesConfig c = ConfigLoader.defaults(REGISTRY);

    assertThat(c.derive().courseGapDays()).isEqualTo(21);
    assertThat(c.derive().baselineWindowDays()).isEqualTo(14);
    assertThat(c.derive().endpointWindowDays()).isEqualTo(7);
    assertThat(c.derive().responseFraction()).isEqualTo(0.5);
    assertThat(c.derive().relapseRule().id()).isEqualTo("loss_of_response");
    assertThat(c.derive().relapseConfirmations()).isEqualTo(1);
    assertThat(c.derive().retreatmentIsRelapse()).isFalse();
    assertThat(c.analysis().kmConfType().id()).isEqualTo("log");
    assertThat(c.analysis().landmarkDays()).containsExactly(7, 14, 28, 56, 84);
    assertThat(c.ingest().rejectThreshold()).isEqualTo(0.05);
    assertThat(c.ingest().studyId()).isNull();
    assertThat(c.analysis().minCellSize()).isNull();
    assertThat(c.derive().scales())
        .containsEntry("MADRS", new ScaleThresholds(10, 22))
        .containsEntry("PHQ9", new ScaleThresholds(4, 10))
        .containsOnlyKeys(REGISTRY.scales().stream().map(s -> s.id()).toArray(String[]::new));
  }

  @Test
  void emptyFileGivesTheDefaults() {
    assertThat(load("empty.yaml", "")).isEqualTo(ConfigLoader.defaults(REGISTRY));
    assertThat(load("empty.json", "{}")).isEqualTo(ConfigLoader.defaults(REGISTRY));
  }

  @Test
  void effectiveSettingsAreListedInSpecOrder() {
    Map<String, Object> m = ConfigLoader.defaults(REGISTRY).asMap();

    assertThat(m.keySet())
        .containsExactly(
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
            "scale_files",
            "min_cell_size",
            "safety",
            "age_bands",
            "dose_bands",
            "bmi_bands");
    assertThat(m.get("safety").toString())
        .isEqualTo(
            "{window_minutes=240, thresholds={DIABP=110.0, PULSE=110.0, SPO2=92.0, SYSBP=180.0},"
                + " rise={DIABP=25.0, SYSBP=40.0}, recovered_margin={DIABP=10.0, PULSE=10.0,"
                + " SYSBP=10.0}, ae_followup_days=14, suicidality_worsening={MADRS=2.0,"
                + " PHQ9=1.0}}");
    assertThat(m.get("scales").toString())
        .contains(
            "MADRS={remission_max=10.0, relapse_threshold=22.0}, PCL5=",
            "PHQ9={remission_max=4.0, relapse_threshold=10.0}")
        .startsWith("{CADSS=");
  }

  @Test
  void minCellSizeIsAWholeNumberFromTwoToOneHundred() {
    assertThat(load("c.yaml", "min_cell_size: 5\n").analysis().minCellSize()).isEqualTo(5);
    assertThat(load("c.yaml", "min_cell_size: null\n").analysis().minCellSize()).isNull();
    assertThat(error("min_cell_size: 1\n").getMessage())
        .contains("min_cell_size", "between 2 and 100", "found 1");
    assertThat(error("min_cell_size: 101\n").getMessage()).contains("min_cell_size", "101");
    assertThat(error("min_cell_size: 2.5\n").getMessage())
        .contains("min_cell_size", "whole number");
  }

  @Test
  void yamlAndJsonReadTheSameSettings() {
    OutcomesConfig yaml =
        load(
            "c.yaml",
            """
            course_gap_days: 28
            response_fraction: 0.4
            relapse_rule: threshold
            relapse_confirmations: 2
            retreatment_is_relapse: true
            km_conf_type: log-log
            landmark_days: [14, 28]
            reject_threshold: 0.1
            study_id: KET-01
            scales:
              PHQ-9: {remission_max: 5}
            """);
    OutcomesConfig json =
        load(
            "c.json",
            """
            {"course_gap_days": 28, "response_fraction": 0.4, "relapse_rule": "threshold",
             "relapse_confirmations": 2, "retreatment_is_relapse": true, "km_conf_type": "log-log",
             "landmark_days": [14, 28], "reject_threshold": 0.1, "study_id": "KET-01",
             "scales": {"PHQ-9": {"remission_max": 5}}}
            """);

    assertThat(yaml).isEqualTo(json);
    assertThat(yaml.derive().courseGapDays()).isEqualTo(28);
    assertThat(yaml.derive().responseFraction()).isEqualTo(0.4);
    assertThat(yaml.derive().relapseRule().id()).isEqualTo("threshold");
    assertThat(yaml.derive().relapseConfirmations()).isEqualTo(2);
    assertThat(yaml.derive().retreatmentIsRelapse()).isTrue();
    assertThat(yaml.analysis().kmConfType().id()).isEqualTo("log-log");
    assertThat(yaml.analysis().landmarkDays()).containsExactly(14, 28);
    assertThat(yaml.ingest().rejectThreshold()).isEqualTo(0.1);
    assertThat(yaml.ingest().studyId()).isEqualTo("KET-01");
    assertThat(yaml.derive().thresholds("PHQ9")).isEqualTo(new ScaleThresholds(5, 10));
    assertThat(yaml.derive().thresholds("MADRS")).isEqualTo(new ScaleThresholds(10, 22));
  }

  @Test
  void scaleSpelledPhqDash9IsStoredUnderItsId() {
    OutcomesConfig c =
        load("c.yaml", "scales:\n  phq-9: {relapse_threshold: 12}\n  madrs: {remission_max: 12}\n");

    assertThat(c.derive().scales())
        .containsKeys("MADRS", "PHQ9")
        .doesNotContainKeys("phq-9", "madrs");
    assertThat(c.derive().thresholds("PHQ9")).isEqualTo(new ScaleThresholds(4, 12));
    assertThat(c.derive().thresholds("MADRS")).isEqualTo(new ScaleThresholds(12, 22));
  }

  @Test
  void factorBandsAreReadFromTheConfiguration() {
    OutcomesConfig c = load("bands.yaml", "dose_bands: [0.4, 0.8]\nbmi_bands: [30]\n");
    assertThat(c.factors().doseBands()).containsExactly(0.4, 0.8);
    assertThat(c.factors().bmiBands()).containsExactly(30.0);
    assertThat(c.factors().ageBands()).containsExactly(18, 35, 50, 65);
  }

  @Test
  void unknownKeyIsAnErrorNamingTheKey() {
    DefinitionException e = error("course_gap: 21\n");

    assertThat(e.file()).isEqualTo("outcomes.yaml");
    assertThat(e.field()).isEqualTo("course_gap");
    assertThat(e.getMessage())
        .startsWith(
            "outcomes.yaml: 'course_gap': unknown key; allowed keys here are age_bands, baseline_window_days,");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "response_fraction: 1.5 | response_fraction | must be between 0.01 and 1, found 1.5",
        "response_fraction: 0 | response_fraction | must be between 0.01 and 1, found 0",
        "km_conf_type: foo | km_conf_type | must be one of log, log-log, plain, found 'foo'",
        "landmark_days: [14, 7] | landmark_days | must be strictly increasing, found [14, 7]",
        "landmark_days: [7, 7] | landmark_days | must be strictly increasing, found [7, 7]",
        "landmark_days: [7, 0] | landmark_days[1] | must be between 1 and 3650, found 0",
        "landmark_days: 7 | landmark_days | must be a list of whole numbers, found 7",
        "relapse_confirmations: 0 | relapse_confirmations | must be between 1 and 10, found 0",
        "relapse_rule: relapse | relapse_rule | must be one of loss_of_response, threshold, found 'relapse'",
        "course_gap_days: 0 | course_gap_days | must be between 1 and 3650, found 0",
        "course_gap_days: 21.5 | course_gap_days | must be a whole number, found 21.5",
        "course_gap_days: three | course_gap_days | must be a whole number, found 'three'",
        "endpoint_window_days: -1 | endpoint_window_days | must be between 1 and 3650, found -1",
        "baseline_window_days: -1 | baseline_window_days | must be between 0 and 3650, found -1",
        "reject_threshold: 1.5 | reject_threshold | must be between 0 and 1, found 1.5",
        "retreatment_is_relapse: 1 | retreatment_is_relapse | must be true or false, found 1",
        "study_id: '' | study_id | must not be empty",
        "scales: [MADRS] | scales | must be a mapping of keys to values, found a list",
        "scale_files: bdi2.yaml | scale_files | must be a list, found 'bdi2.yaml'",
        "scale_files: [''] | scale_files[0] | must be a non-empty text value, found ''",
      })
  void outOfRangeValueIsAnErrorNamingTheKey(String yaml, String field, String problem) {
    DefinitionException e = error(yaml + "\n");

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).isEqualTo("outcomes.yaml: '" + field + "': " + problem);
  }

  @Test
  void unknownScaleUnderScalesIsAnError() {
    DefinitionException e = error("scales:\n  HAMD: {remission_max: 7}\n");

    assertThat(e.field()).isEqualTo("scales.HAMD");
    assertThat(e.getMessage())
        .isEqualTo(
            "outcomes.yaml: 'scales.HAMD': "
                + IngestErrors.unknownScaleName(
                    "HAMD",
                    List.of("CADSS", "GAD7", "HAMD17", "MADRS", "PCL5", "PHQ9", "QIDSSR16")));
  }

  @Test
  void scaleFilesAreReadAsWrittenAndRecorded() {
    String text = "scale_files: [scales/bdi2.yaml, /abs/hamd.yaml]\n";
    List<String> early =
        ConfigLoader.scaleFiles(
            "c.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    OutcomesConfig c = load("c.yaml", text);

    assertThat(early).containsExactly("scales/bdi2.yaml", "/abs/hamd.yaml");
    assertThat(c.ingest().scaleFiles()).isEqualTo(early);
    assertThat(c.asMap().get("scale_files")).isEqualTo(early);
    assertThat(ConfigLoader.defaults(REGISTRY).ingest().scaleFiles()).isEmpty();
  }

  @Test
  void thresholdsOfAUserScaleNeedTheRegistryThatHasIt() {
    String text = "scales:\n  TEST3: {remission_max: 3}\n";
    ScaleRegistry withUser =
        REGISTRY.withScaleFiles(
            List.of(
                new org.infusionoutcomes.ingest.scale.ScaleFile(
                    "user/test3.yaml",
                    """
                    id: TEST3
                    version: "1"
                    name: Test
                    item_min: 0
                    item_max: 3
                    total_min: 0
                    total_max: 9
                    max_missing_items: 0
                    items: [{number: 1, label: a}, {number: 2, label: b}, {number: 3, label: c}]
                    defaults: {response_fraction: 0.5, remission_max: 2, relapse_threshold: 5}
                    """
                        .getBytes(StandardCharsets.UTF_8))));

    assertThat(error(text).field()).isEqualTo("scales.TEST3");
    OutcomesConfig c =
        ConfigLoader.load(
            "c.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), withUser);
    assertThat(c.derive().thresholds("TEST3")).isEqualTo(new ScaleThresholds(3, 5));
  }

  @Test
  void unknownKeyOfAScaleIsNamedWithItsPath() {
    assertThat(error("scales:\n  MADRS: {remision_max: 9}\n").field())
        .isEqualTo("scales.MADRS.remision_max");
  }

  @Test
  void scaleThresholdOutsideTheTotalRangeIsAnError() {
    DefinitionException e = error("scales:\n  PHQ9: {relapse_threshold: 28}\n");

    assertThat(e.field()).isEqualTo("scales.PHQ9.relapse_threshold");
    assertThat(e.getMessage()).endsWith("must be between 0 and 27, found 28");
  }

  @Test
  void invalidYamlIsAnErrorNamingTheFileAndLine() {
    DefinitionException e = error("course_gap_days: 21\nlandmark_days: [7, 14\n");

    assertThat(e.file()).isEqualTo("outcomes.yaml");
    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).startsWith("outcomes.yaml: not valid YAML/JSON at line");
  }

  @Test
  void topLevelThatIsNotAMappingIsAnError() {
    assertThat(error("- 21\n- 14\n").getMessage())
        .isEqualTo("outcomes.yaml: the top level must be a mapping of keys to values");
  }

  @Test
  void nullStudyIdMeansNone() {
    assertThat(load("c.yaml", "study_id: null\n").ingest().studyId()).isNull();
  }

  @Test
  void landmarkDaysKeepTheirOrderAndConfigIsImmutable() {
    OutcomesConfig c = load("c.yaml", "landmark_days: [3, 30, 300]\n");

    assertThat(c.analysis().landmarkDays()).isEqualTo(List.of(3, 30, 300));
    assertThatThrownBy(() -> c.analysis().landmarkDays().add(1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void safetySettingsAreReadAndUnknownSafetyKeysRejected() {
    OutcomesConfig c =
        ConfigLoader.load(
            "run.yaml",
            new java.io.ByteArrayInputStream(
                "safety: {window_minutes: 120, rise: {SYSBP: 30}}\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            REGISTRY);
    assertThat(c.safety().windowMinutes()).isEqualTo(120);
    assertThat(c.safety().riseOf("SYSBP")).isEqualTo(30.0);
    assertThat(c.safety().riseOf("DIABP")).isEqualTo(25.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    "run.yaml",
                    new java.io.ByteArrayInputStream(
                        "safety: {followup: 3}\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    REGISTRY))
        .hasMessageContaining("run.yaml")
        .hasMessageContaining("followup");
  }
}
