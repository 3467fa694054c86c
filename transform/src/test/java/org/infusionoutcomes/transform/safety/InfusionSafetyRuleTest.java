package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.at;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.infusion;

import java.util.List;
import org.infusionoutcomes.transform.settings.SafetySettings;
import org.junit.jupiter.api.Test;

class InfusionSafetyRuleTest {
  private static final SafetyInfusion INF = infusion(1, 1, 100, "10:00");
  private final InfusionSafetyRule rule = new InfusionSafetyRule(SafetySettings.defaults());

  @Test
  void preIsLargestOffsetAtOrBeforeStartPeakTiesTakeEarliestOffset() {
    InfusionSafety r =
        rule.derive(
            INF,
            "SYSBP",
            List.of(
                at("SYSBP", -15, 120),
                at("SYSBP", 0, 128),
                at("SYSBP", 45, 160),
                at("SYSBP", 40, 160),
                at("SYSBP", 30, 150),
                at("SYSBP", 120, 135),
                at("SYSBP", 250, 200)));
    assertThat(r.pre()).isEqualTo(128.0);
    assertThat(r.preMinutes()).isEqualTo(0);
    assertThat(r.peak()).isEqualTo(160.0);
    assertThat(r.timeToPeakMinutes()).isEqualTo(40);
    assertThat(r.change()).isEqualTo(32.0);
    // 250 lies outside the default 240-minute window
    assertThat(r.nPost()).isEqualTo(4);
    // 160 < 180 and 32 < 40
    assertThat(r.exceeded()).isFalse();
    // last reading in the window (120 min) 135 <= 128 + 10
    assertThat(r.backToPre()).isTrue();
    assertThat(r.infusionNumber()).isEqualTo(1);
  }

  @Test
  void notBackToPreWhenLastReadingAboveMargin() {
    InfusionSafety r =
        rule.derive(
            INF,
            "SYSBP",
            List.of(at("SYSBP", -5, 120), at("SYSBP", 40, 150), at("SYSBP", 90, 131)));
    assertThat(r.backToPre()).isFalse();
    assertThat(r.exceeded()).isFalse();
  }

  @Test
  void missingPreLeavesChangeAndRecoveryEmptyButThresholdStillCounts() {
    InfusionSafety r =
        rule.derive(INF, "SYSBP", List.of(at("SYSBP", 30, 185), at("SYSBP", 60, 140)));
    assertThat(r.pre()).isNull();
    assertThat(r.change()).isNull();
    assertThat(r.backToPre()).isNull();
    assertThat(r.peak()).isEqualTo(185.0);
    assertThat(r.exceeded()).isTrue();
  }

  @Test
  void riseAloneIsAnExceedance() {
    InfusionSafety r =
        rule.derive(INF, "DIABP", List.of(at("DIABP", -10, 70), at("DIABP", 35, 95)));
    assertThat(r.change()).isEqualTo(25.0);
    assertThat(r.peak()).isEqualTo(95.0);
    assertThat(r.exceeded()).isTrue();
  }

  @Test
  void spo2PeakIsTheMinimumAndExceedanceIsAtOrBelowThreshold() {
    InfusionSafety r =
        rule.derive(
            INF,
            "SPO2",
            List.of(
                at("SPO2", -5, 98), at("SPO2", 50, 92), at("SPO2", 20, 92), at("SPO2", 60, 97)));
    assertThat(r.peak()).isEqualTo(92.0);
    assertThat(r.timeToPeakMinutes()).isEqualTo(20);
    assertThat(r.change()).isEqualTo(-6.0);
    assertThat(r.exceeded()).isTrue();
    // no recovery margin for SPO2 by default
    assertThat(r.backToPre()).isNull();
  }

  @Test
  void testWithoutThresholdOrRiseHasNoExceedance() {
    InfusionSafety r = rule.derive(INF, "RESP", List.of(at("RESP", -5, 14), at("RESP", 30, 40)));
    assertThat(r.exceeded()).isNull();
    assertThat(r.backToPre()).isNull();
    assertThat(r.peak()).isEqualTo(40.0);
  }

  @Test
  void onlyPreReadingsGiveNoPeak() {
    InfusionSafety r = rule.derive(INF, "PULSE", List.of(at("PULSE", -5, 70)));
    assertThat(r.pre()).isEqualTo(70.0);
    assertThat(r.peak()).isNull();
    assertThat(r.nPost()).isZero();
    assertThat(r.exceeded()).isNull();
    assertThat(r.backToPre()).isNull();
  }

  @Test
  void cadssPreIsLatestTotalAtOrBeforeStartAndPeakTheHighest() {
    InfusionSafety r =
        rule.derive(
            INF,
            InfusionSafetyRule.CADSS,
            List.of(
                at("CADSS", -30, 1), at("CADSS", -5, 2), at("CADSS", 40, 24), at("CADSS", 120, 3)));
    assertThat(r.pre()).isEqualTo(2.0);
    assertThat(r.peak()).isEqualTo(24.0);
    assertThat(r.timeToPeakMinutes()).isEqualTo(40);
    assertThat(r.change()).isEqualTo(22.0);
    assertThat(r.exceeded()).isNull();
  }

  @Test
  void configuredWindowAndThresholdsApply() {
    InfusionSafetyRule narrow =
        new InfusionSafetyRule(
            SafetyFixtures.settings(
                "safety: {window_minutes: 60, thresholds: {sysbp: 150}, recovered_margin: {SYSBP: 0}}"));
    InfusionSafety r =
        narrow.derive(
            INF,
            "SYSBP",
            List.of(at("SYSBP", -5, 120), at("SYSBP", 30, 150), at("SYSBP", 90, 190)));
    assertThat(r.nPost()).isEqualTo(1);
    assertThat(r.peak()).isEqualTo(150.0);
    assertThat(r.exceeded()).isTrue();
    assertThat(r.backToPre()).isFalse();
  }
}
