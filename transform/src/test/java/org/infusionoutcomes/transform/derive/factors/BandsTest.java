package org.infusionoutcomes.transform.derive.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.junit.jupiter.api.Test;

class BandsTest {
  private final FactorSettings defaults = FactorSettings.defaults();

  @Test
  void ageEdgesBelongToTheBandAbove() {
    List<Integer> edges = defaults.ageBands();
    assertThat(Bands.age(17, edges)).isEqualTo("<18");
    assertThat(Bands.age(18, edges)).isEqualTo("18-34");
    assertThat(Bands.age(34, edges)).isEqualTo("18-34");
    assertThat(Bands.age(35, edges)).isEqualTo("35-49");
    assertThat(Bands.age(49, edges)).isEqualTo("35-49");
    assertThat(Bands.age(50, edges)).isEqualTo("50-64");
    assertThat(Bands.age(64, edges)).isEqualTo("50-64");
    assertThat(Bands.age(65, edges)).isEqualTo("65+");
    assertThat(Bands.age(null, edges)).isEqualTo("missing");
    assertThat(Bands.ageLabels(edges)).containsExactly("<18", "18-34", "35-49", "50-64", "65+");
  }

  @Test
  void doseEdgesBelongToTheBandAbove() {
    List<Double> edges = defaults.doseBands();
    assertThat(Bands.dose(0.49999, edges)).isEqualTo("<0.5");
    assertThat(Bands.dose(0.5, edges)).isEqualTo("0.5-<0.75");
    assertThat(Bands.dose(0.7499, edges)).isEqualTo("0.5-<0.75");
    assertThat(Bands.dose(0.75, edges)).isEqualTo("0.75-<1.0");
    assertThat(Bands.dose(1.0, edges)).isEqualTo(">=1.0");
    assertThat(Bands.dose(null, edges)).isEqualTo("missing");
  }

  @Test
  void bmiEdgesBelongToTheBandAbove() {
    List<Double> edges = defaults.bmiBands();
    assertThat(Bands.bmi(24.99, edges)).isEqualTo("<25");
    assertThat(Bands.bmi(25.0, edges)).isEqualTo("25-<30");
    assertThat(Bands.bmi(29.999, edges)).isEqualTo("25-<30");
    assertThat(Bands.bmi(30.0, edges)).isEqualTo(">=30");
    assertThat(Bands.bmi(null, edges)).isEqualTo("missing");
    assertThat(Bands.bmi(27.0, List.of(18.5, 25.0))).isEqualTo(">=25");
    assertThat(Bands.bmi(17.0, List.of(18.5, 25.0))).isEqualTo("<18.5");
  }
}
