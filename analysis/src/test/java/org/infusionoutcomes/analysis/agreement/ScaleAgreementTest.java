package org.infusionoutcomes.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.infusionoutcomes.analysis.report.AgreementRow;
import org.junit.jupiter.api.Test;

class ScaleAgreementTest {

  @Test
  void noPairedCoursesGiveNoRow() {
    assertThat(
            ScaleAgreement.row(
                "S1", 1, "response", new TwoByTwo(0, 0, 0, 0), new double[0], new double[0]))
        .isNull();
  }

  @Test
  void rowCarriesTheTableKappaAndCorrelation() {
    AgreementRow r =
        ScaleAgreement.row(
            "ALL",
            1,
            "remission",
            new TwoByTwo(2, 1, 0, 3),
            new double[] {-80, -60, -55, -10, -5, 0},
            new double[] {-70, -66, -20, -15, -10, 5});
    assertThat(r.n()).isEqualTo(6);
    assertThat(r.madrsOnly()).isEqualTo(1);
    assertThat(r.phq9Only()).isZero();
    assertThat(r.agreement()).isCloseTo(5.0 / 6, within(1e-15));
    assertThat(r.kappa()).isEqualTo(CohenKappa.of(new TwoByTwo(2, 1, 0, 3)).kappa());
    assertThat(r.pchgCorrelation()).isGreaterThan(0.8).isLessThan(1.0);
  }

  @Test
  void allCoursesInOneCellLeaveKappaEmpty() {
    AgreementRow r =
        ScaleAgreement.row(
            "S1",
            1,
            "response",
            new TwoByTwo(0, 0, 0, 4),
            new double[] {-10, -10, -10, -10},
            new double[] {-5, 0, 5, 10});
    assertThat(r.agreement()).isEqualTo(1.0);
    assertThat(r.kappa()).isNull();
    assertThat(r.kappaCiLow()).isNull();
    assertThat(r.pchgCorrelation()).isNull();
  }
}
