package org.infusionoutcomes.transform.derive.factors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenzodiazepinesTest {
  private final Benzodiazepines shipped = Benzodiazepines.shipped();

  @Test
  void shippedListCarriesDiazepamEquivalents() {
    assertThat(shipped.size()).isGreaterThanOrEqualTo(20);
    Benzodiazepines.Benzodiazepine lorazepam = shipped.match("LORAZEPAM", null, null).orElseThrow();
    assertThat(lorazepam.diazepam10mgLow()).isEqualTo(1.0);
    assertThat(shipped.match(null, null, "diazepam").orElseThrow().diazepam10mgHigh())
        .isEqualTo(10.0);
  }

  @Test
  void matchesAWholeWordCaseInsensitively() {
    assertThat(shipped.match(null, "Ativan (Lorazepam) 1 mg", null)).isPresent();
    assertThat(shipped.match(null, null, "CLONAZEPAM/placebo")).isPresent();
    assertThat(shipped.match(null, "xlorazepamx", null)).isEmpty();
    assertThat(shipped.match(null, "zolpidem", null)).isEmpty();
  }

  @Test
  void decodDecidesBeforeTheReportedName() {
    assertThat(shipped.match("SERTRALINE", "lorazepam", "lorazepam")).isEmpty();
    assertThat(shipped.match(" ", "lorazepam", null)).isPresent();
  }
}
