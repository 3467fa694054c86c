package org.infusionoutcomes.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DosesTest {
  @ParameterizedTest
  @CsvSource({"0.5, 0.5", "' 35 ', 35.0", "0, 0.0", "1e1, 10.0"})
  void nonNegativeDoseIsParsed(String text, double expected) {
    assertThat(Doses.parse(text, "dose_mg")).isEqualTo(expected);
  }

  @Test
  void missingDoseIsNull() {
    assertThat(Doses.parse(null, "dose_mg")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.5", "abc", "", "NaN", "0.5 mg"})
  void anythingElseIsAnInvalidNumberOfItsColumn(String text) {
    assertThatThrownBy(() -> Doses.parse(text, "EXDOSE"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.INVALID_NUMBER);
              assertThat(p.column()).isEqualTo("EXDOSE");
            })
        .hasMessage("dose '" + text + "' is not a non-negative number");
  }

  @Test
  void doseIsStoredByItsUnit() {
    assertThat(Doses.byUnit(0.5, "MG/KG", "EXDOSU")).isEqualTo(new Doses.Dose(0.5, null));
    assertThat(Doses.byUnit(35.0, "mg", "EXDOSU")).isEqualTo(new Doses.Dose(null, 35.0));
    assertThat(Doses.byUnit(null, "mL", "EXDOSU")).isEqualTo(new Doses.Dose(null, null));
    assertThatThrownBy(() -> Doses.byUnit(2.0, "mL", "EXDOSU"))
        .isInstanceOf(FieldProblem.class)
        .hasMessage(
            IngestErrors.invalidNumber(
                    "EXDOSU", "dose unit", "mL", "mg/kg or mg, so the dose 2 cannot be stored")
                .getMessage());
  }
}
