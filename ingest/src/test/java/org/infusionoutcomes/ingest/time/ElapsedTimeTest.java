package org.infusionoutcomes.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElapsedTimeTest {
  @ParameterizedTest
  @CsvSource({
    "PT40M, 40",
    "-PT15M, -15",
    "PT1H30M, 90",
    "PT2H, 120",
    "PT0M, 0",
    "P0DT1H5M, 65",
    "PT90S, 2",
    "PT29S, 0",
    "pt5m, 5",
    "+PT10M, 10"
  })
  void isoDurationsBecomeMinutes(String text, int minutes) {
    assertThat(ElapsedTime.parseDuration(text, "VSELTM")).isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"40", "40min", "P", "PT", "PT1H30", "-P", "PT-5M", "P8D"})
  void otherTextIsAnInvalidDurationNamingTheColumn(String text) {
    assertThatThrownBy(() -> ElapsedTime.parseDuration(text, "VSELTM"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.INVALID_DURATION);
              assertThat(p.column()).isEqualTo("VSELTM");
              assertThat(p.getMessage()).startsWith("'" + text + "' is not ");
            });
  }

  @ParameterizedTest
  @CsvSource({"40, 40", "-15, -15", "40.0, 40", "PT1H30M, 90"})
  void plainMinutesAndDurationsAreMinutes(String text, int minutes) {
    assertThat(ElapsedTime.parseMinutes(text, "minutes_from_start")).isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"40.5", "forty", "20000"})
  void otherMinutesAreRejected(String text) {
    assertThatThrownBy(() -> ElapsedTime.parseMinutes(text, "minutes_from_start"))
        .isInstanceOfSatisfying(
            FieldProblem.class, p -> assertThat(p.rule()).isEqualTo(RejectRule.INVALID_DURATION));
  }

  @org.junit.jupiter.api.Test
  void emptyIsNull() {
    assertThat(ElapsedTime.parseDuration("  ", "VSELTM")).isNull();
    assertThat(ElapsedTime.parseMinutes(null, "m")).isNull();
  }
}
