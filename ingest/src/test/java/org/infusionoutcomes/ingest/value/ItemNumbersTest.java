package org.infusionoutcomes.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemNumbersTest {
  private static final ScaleDefinition MADRS = ScaleRegistry.shipped().byId("MADRS").orElseThrow();

  @ParameterizedTest
  @CsvSource({"1, 1", "10, 10", "3.0, 3", "' 7 ', 7"})
  void itemOfTheScaleIsItsNumber(String text, int expected) {
    assertThat(ItemNumbers.parse(MADRS, text, "item")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"total", "TOTAL", " Total "})
  void totalInAnyCaseIsTheTotal(String text) {
    assertThat(ItemNumbers.parse(MADRS, text, "item")).isEqualTo(ItemRef.TOTAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "2.5", "sum", ""})
  void anythingElseIsAnUnknownItemOfItsColumn(String text) {
    assertThatThrownBy(() -> ItemNumbers.parse(MADRS, text, "QSTESTCD"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.UNKNOWN_ITEM);
              assertThat(p.column()).isEqualTo("QSTESTCD");
            })
        .hasMessage("item '" + text + "' is not an item of MADRS (1..10 or 'total')");
  }
}
