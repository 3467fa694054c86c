package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.transform.settings.SafetySettings;
import org.junit.jupiter.api.Test;

class SafetySettingsTest {
  @Test
  void defaultsAreThoseOfTheDocumentation() {
    SafetySettings s = SafetySettings.defaults();
    assertThat(s.windowMinutes()).isEqualTo(240);
    assertThat(s.thresholds())
        .containsOnly(
            org.assertj.core.api.Assertions.entry("SYSBP", 180.0),
            org.assertj.core.api.Assertions.entry("DIABP", 110.0),
            org.assertj.core.api.Assertions.entry("PULSE", 110.0),
            org.assertj.core.api.Assertions.entry("SPO2", 92.0));
    assertThat(s.rise()).hasSize(2).containsEntry("SYSBP", 40.0).containsEntry("DIABP", 25.0);
    assertThat(s.recoveredMargin()).hasSize(3).containsEntry("PULSE", 10.0);
    assertThat(s.aeFollowupDays()).isEqualTo(14);
    assertThat(s.suicidalityWorsening()).containsEntry("MADRS", 2.0).containsEntry("PHQ9", 1.0);
  }

  @Test
  void aMapOverridesTheTestsItNamesAndKeepsTheOthers() {
    SafetySettings s =
        SafetyFixtures.settings(
            "safety: {thresholds: {SYSBP: 170, resp: 30}, ae_followup_days: 7}");
    assertThat(s.threshold("SYSBP")).isEqualTo(170.0);
    assertThat(s.threshold("RESP")).isEqualTo(30.0);
    assertThat(s.threshold("DIABP")).isEqualTo(110.0);
    assertThat(s.aeFollowupDays()).isEqualTo(7);
    assertThat(
            SafetyFixtures.settings("safety: {suicidality_worsening: {PHQ-9: 2}}")
                .suicidalityWorsening())
        .containsEntry("PHQ9", 2.0);
  }

  @Test
  void unknownKeysAndTestsAndOutOfRangeValuesNameTheKey() {
    assertThatThrownBy(() -> SafetyFixtures.settings("safety: {window: 60}"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("window");
    assertThatThrownBy(() -> SafetyFixtures.settings("safety: {thresholds: {GLUCOSE: 9}}"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("GLUCOSE")
        .hasMessageContaining("SYSBP")
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("docs/definitions.md");
    assertThatThrownBy(() -> SafetyFixtures.settings("safety: {window_minutes: 0}"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("window_minutes");
  }
}
