package org.infusionoutcomes.analysis.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

  @Test
  void zeroEventsHaveLowerLimitExactlyZero() {
    Proportion p = WilsonInterval.of(0, 5);
    assertThat(p.rate()).isEqualTo(0.0);
    assertThat(p.low()).isEqualTo(0.0);
    // z^2 / (n + z^2): the Wilson upper limit at x = 0.
    double z2 = StandardNormal.Z_95 * StandardNormal.Z_95;
    assertThat(p.high()).isCloseTo(z2 / (5 + z2), within(1e-12));
  }

  @Test
  void allEventsHaveUpperLimitExactlyOne() {
    Proportion p = WilsonInterval.of(5, 5);
    assertThat(p.high()).isEqualTo(1.0);
    assertThat(p.low()).isCloseTo(0.5655175, within(1e-7));
  }

  @Test
  void singleSubjectWithEvent() {
    Proportion p = WilsonInterval.of(1, 1);
    assertThat(p.rate()).isEqualTo(1.0);
    assertThat(p.low()).isCloseTo(0.2065493, within(1e-7));
    assertThat(p.high()).isEqualTo(1.0);
  }

  @Test
  void emptyDenominatorGivesEmptyRateAndInterval() {
    Proportion p = WilsonInterval.of(0, 0);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.rate()).isNull();
    assertThat(p.low()).isNull();
    assertThat(p.high()).isNull();
  }

  @Test
  void numeratorOutsideDenominatorIsRejected() {
    assertThatThrownBy(() -> WilsonInterval.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zIsTheStandardNormal975Quantile() {
    assertThat(StandardNormal.Z_95)
        .isCloseTo(new NormalDistribution().inverseCumulativeProbability(0.975), within(1e-12));
  }
}
