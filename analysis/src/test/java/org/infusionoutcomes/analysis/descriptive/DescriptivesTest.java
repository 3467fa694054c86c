package org.infusionoutcomes.analysis.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DescriptivesTest {
  @Test
  void meanAndSampleSdAsR() {
    // R: mean(c(2, 4, 4, 4, 5, 5, 7, 9)) = 5; sd(...) = 2.138089935299395
    Descriptives d = Descriptives.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0);
    assertThat(d.n()).isEqualTo(8);
    assertThat(d.mean()).isEqualTo(5.0);
    assertThat(d.sd()).isCloseTo(2.138089935299395, within(1e-12));
  }

  @Test
  void sdIsEmptyForOneValueAndEverythingForNone() {
    assertThat(Descriptives.of(3.5)).isEqualTo(new Descriptives(1, 3.5, null));
    assertThat(Descriptives.of()).isEqualTo(new Descriptives(0, null, null));
    assertThat(Descriptives.of(null, 2.0, null)).isEqualTo(new Descriptives(1, 2.0, null));
  }

  @Test
  void resultIsBitIdenticalWhateverTheOrderOfValues() {
    Random rnd = new Random(1);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      values.add(rnd.nextDouble() * 60 - 30 + 1e-7 * i);
    }
    Descriptives first = Descriptives.of(values.toArray(Double[]::new));
    for (int k = 0; k < 20; k++) {
      Collections.shuffle(values, rnd);
      assertThat(Descriptives.of(values.toArray(Double[]::new))).isEqualTo(first);
    }
  }
}
