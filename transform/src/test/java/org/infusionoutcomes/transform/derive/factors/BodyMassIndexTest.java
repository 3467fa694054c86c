package org.infusionoutcomes.transform.derive.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyMassIndexTest {

  @Test
  void bmiReadingWinsOverWeightAndHeight() {
    List<VitalReading> r =
        List.of(
            new VitalReading("BMI", 31.2, 300),
            new VitalReading("WEIGHT", 70, 0),
            new VitalReading("HEIGHT", 170, 0));
    assertThat(BodyMassIndex.at(r, 0)).contains(31.2);
  }

  @Test
  void weightOverHeightSquaredInMetres() {
    List<VitalReading> r =
        List.of(new VitalReading("weight", 72.25, 5), new VitalReading("HEIGHT", 170, -40));
    assertThat(BodyMassIndex.at(r, 0).orElseThrow()).isCloseTo(25.0, within(1e-12));
  }

  @Test
  void nearestReadingWithin365DaysAndTheEarlierOnATie() {
    List<VitalReading> r =
        List.of(
            new VitalReading("BMI", 20, -366),
            new VitalReading("BMI", 28, 10),
            new VitalReading("BMI", 26, -10),
            new VitalReading("BMI", 40, 30));
    assertThat(BodyMassIndex.at(r, 0)).contains(26.0);
    assertThat(BodyMassIndex.at(List.of(new VitalReading("BMI", 20, -365)), 0)).contains(20.0);
    assertThat(BodyMassIndex.at(List.of(new VitalReading("BMI", 20, -366)), 0)).isEmpty();
    assertThat(BodyMassIndex.at(List.of(new VitalReading("BMI", 20, 366)), 0)).isEmpty();
  }

  @Test
  void weightWithoutHeightGivesNoBmi() {
    assertThat(BodyMassIndex.at(List.of(new VitalReading("WEIGHT", 80, 0)), 0)).isEmpty();
  }
}
