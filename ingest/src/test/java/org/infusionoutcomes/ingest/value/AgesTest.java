package org.infusionoutcomes.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgesTest {
  @ParameterizedTest
  @CsvSource({"41, 41", "41.0, 41", "41.9, 41", "0, 0", "130, 130"})
  void ageIsInWholeYearsTruncated(String text, int expected) {
    assertThat(Ages.parse(text, "age")).isEqualTo(expected);
  }

  @Test
  void missingAgeIsNull() {
    assertThat(Ages.parse(null, "AGE")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "130.5", "131", "forty", ""})
  void anythingElseIsAnInvalidNumberOfItsColumn(String text) {
    assertThatThrownBy(() -> Ages.parse(text, "AGE"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.INVALID_NUMBER);
              assertThat(p.column()).isEqualTo("AGE");
            })
        .hasMessage("age '" + text + "' is not a number of years between 0 and 130");
  }
}
