package org.infusionoutcomes.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

  @Test
  void expectedAgreementOfOneLeavesKappaAndIntervalEmpty() {
    Kappa k = CohenKappa.of(new TwoByTwo(6, 0, 0, 0));
    assertThat(k.agreement()).isEqualTo(1.0);
    assertThat(k.expected()).isEqualTo(1.0);
    assertThat(k.kappa()).isNull();
    assertThat(k.standardError()).isNull();
    assertThat(k.low()).isNull();
    assertThat(k.high()).isNull();
  }

  @Test
  void noPairsGiveAnEmptyResult() {
    assertThat(CohenKappa.of(new TwoByTwo(0, 0, 0, 0)).agreement()).isNull();
  }

  @Test
  void perfectAgreementWithBothCategoriesIsKappaOneWithZeroError() {
    Kappa k = CohenKappa.of(new TwoByTwo(3, 0, 0, 4));
    assertThat(k.kappa()).isCloseTo(1.0, within(1e-12));
    assertThat(k.standardError()).isCloseTo(0.0, within(1e-12));
    assertThat(k.high()).isEqualTo(1.0);
  }

  @Test
  void completeDisagreementIsClippedAtMinusOne() {
    Kappa k = CohenKappa.of(new TwoByTwo(0, 3, 4, 0));
    assertThat(k.agreement()).isEqualTo(0.0);
    assertThat(k.kappa()).isLessThan(-0.9);
    assertThat(k.low()).isEqualTo(-1.0);
  }

  @Test
  void negativeCellsAreRefused() {
    assertThatThrownBy(() -> new TwoByTwo(1, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constantSeriesHasNoCorrelation() {
    assertThat(PearsonCorrelation.of(new double[] {0.3, 0.3}, new double[] {0.1, 0.5})).isNull();
    assertThat(PearsonCorrelation.of(new double[] {0.3}, new double[] {0.1})).isNull();
    assertThat(PearsonCorrelation.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}))
        .isCloseTo(-1.0, within(1e-12));
  }
}
