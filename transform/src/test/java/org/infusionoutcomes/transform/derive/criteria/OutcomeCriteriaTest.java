package org.infusionoutcomes.transform.derive.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.transform.settings.RelapseRule;
import org.junit.jupiter.api.Test;

class OutcomeCriteriaTest {
  private final OutcomeCriteria madrs = new OutcomeCriteria("MADRS", 0.5, 10, 22, 1);

  @Test
  void thresholdRelapseAllowsToleranceInFavourOfRelapse() {
    assertThat(madrs.meetsRelapse(RelapseRule.THRESHOLD, 30, 22)).isTrue();
    assertThat(madrs.meetsRelapse(RelapseRule.THRESHOLD, 30, 22 - 5e-10)).isTrue();
    assertThat(madrs.meetsRelapse(RelapseRule.THRESHOLD, 30, 22 - 2e-9)).isFalse();
  }

  @Test
  void lossOfResponseIsExactlyNotMeetingResponse() {
    // 15 of 30 is a response (also within tolerance), so it cannot be a loss of response
    assertThat(madrs.meetsRelapse(RelapseRule.LOSS_OF_RESPONSE, 30, 15)).isFalse();
    assertThat(madrs.meetsRelapse(RelapseRule.LOSS_OF_RESPONSE, 30, 15 + 1e-8)).isFalse();
    assertThat(madrs.meetsRelapse(RelapseRule.LOSS_OF_RESPONSE, 30, 15 + 1e-7)).isTrue();
    assertThat(madrs.meetsRelapse(RelapseRule.LOSS_OF_RESPONSE, 30, 16)).isTrue();
  }

  @Test
  void responseNeedsBaselineAboveZero() {
    assertThatThrownBy(() -> madrs.meetsResponse(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void definitionsCarryTheConfiguredThresholds() {
    OutcomeCriteria c = new OutcomeCriteria("PHQ9", 0.333, 4.5, 10, 2);
    assertThat(c.responseDefinition()).isEqualTo(">= 33.3% reduction from baseline in PHQ9 total");
    assertThat(c.remissionDefinition()).isEqualTo("PHQ9 total <= 4.5");
    assertThat(c.relapseDefinition(RelapseRule.LOSS_OF_RESPONSE))
        .isEqualTo(
            "< 33.3% reduction from baseline in PHQ9 total, confirmed by 2 consecutive follow-up"
                + " assessments");
    assertThat(c.relapseDefinition(RelapseRule.THRESHOLD))
        .isEqualTo("PHQ9 total >= 10, confirmed by 2 consecutive follow-up assessments");
    assertThat(madrs.relapseDefinition(RelapseRule.THRESHOLD)).isEqualTo("MADRS total >= 22");
  }

  @Test
  void changeAndPercentChangeFromBaseline() {
    assertThat(ChangeFromBaseline.chg(32.0, 20)).isEqualTo(-12.0);
    assertThat(ChangeFromBaseline.pchg(32.0, 20)).isEqualTo(-37.5);
    assertThat(ChangeFromBaseline.chg(null, 20)).isNull();
    assertThat(ChangeFromBaseline.pchg(null, 20)).isNull();
    assertThat(ChangeFromBaseline.chg(0.0, 4)).isEqualTo(4.0);
    assertThat(ChangeFromBaseline.pchg(0.0, 4)).isNull();
  }

  @Test
  void decimalTextIsPlainAndExact() {
    assertThat(DecimalText.plain(10.0)).isEqualTo("10");
    assertThat(DecimalText.plain(-0.0)).isEqualTo("0");
    assertThat(DecimalText.plain(23.25)).isEqualTo("23.25");
    assertThat(DecimalText.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(DecimalText.percent(0.5)).isEqualTo("50%");
  }
}
