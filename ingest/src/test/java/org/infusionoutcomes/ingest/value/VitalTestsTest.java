package org.infusionoutcomes.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitalTestsTest {
  private static VitalTests.Reading read(String test, String value, String unit) {
    return VitalTests.canonical(VitalTests.test(test).orElseThrow(), value, "value", unit, "unit");
  }

  @ParameterizedTest
  @CsvSource({
    "sysbp, 142, mmHg, 142, mmHg",
    "SYSBP, 142, mm[Hg], 142, mmHg",
    "PULSE, 88, BEATS/MIN, 88, beats/min",
    "PULSE, 88, /min, 88, beats/min",
    "RESP, 16, /min, 16, breaths/min",
    "SPO2, 97, %, 97, %",
    "TEMP, 36.6, Cel, 36.6, C",
    "TEMP, 98.6, F, 37, C",
    "WEIGHT, 154, lb, 69.8532, kg",
    "HEIGHT, 70, in, 177.8, cm",
    "BMI, 24.5, kg/m2, 24.5, kg/m2",
    "DIABP, 80, , 80, mmHg"
  })
  void convertsToTheCanonicalUnit(
      String test, String value, String unit, double expected, String canonical) {
    VitalTests.Reading r = read(test, value, unit);
    assertThat(r.value()).isCloseTo(expected, within(1e-4));
    assertThat(r.unit()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource({"SYSBP, 120, kPa", "WEIGHT, 70, g", "PULSE, 70, mmHg", "TEMP, 37, K"})
  void otherUnitsAreRejectedNamingTheUnitColumn(String test, String value, String unit) {
    assertThatThrownBy(() -> read(test, value, unit))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.INVALID_UNIT);
              assertThat(p.column()).isEqualTo("unit");
              assertThat(p.getMessage())
                  .contains("unit '" + unit + "'")
                  .contains("docs/formats.md");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "SYSBP, 49.9", "SYSBP, 301", "DIABP, 19", "DIABP, 201", "PULSE, 19", "PULSE, 251",
    "SPO2, 49", "SPO2, 100.5", "RESP, 3", "RESP, 61", "TEMP, 29.9", "TEMP, 45.1",
    "WEIGHT, 19", "WEIGHT, 401", "HEIGHT, 99", "HEIGHT, 251", "BMI, 9.9", "BMI, 90.1"
  })
  void valuesOutsideThePlausibleRangeAreRejected(String test, String value) {
    assertThatThrownBy(() -> read(test, value, null))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.IMPLAUSIBLE_VALUE);
              assertThat(p.column()).isEqualTo("value");
              assertThat(p.getMessage()).contains("outside the plausible range");
            });
  }

  @ParameterizedTest
  @CsvSource({"SYSBP, 50", "SYSBP, 300", "SPO2, 100", "BMI, 90", "TEMP, 30"})
  void rangeBoundsAreIncluded(String test, String value) {
    assertThat(read(test, value, null).value()).isEqualTo(Double.parseDouble(value));
  }

  @Test
  void rangeIsJudgedAfterConversion() {
    // 300 lb = 136 kg is plausible although 300 would be read as kg too; 1000 lb = 453.6 kg is not.
    assertThat(read("WEIGHT", "300", "lb").value()).isCloseTo(136.0777, within(1e-4));
    assertThatThrownBy(() -> read("WEIGHT", "1000", "lb"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> assertThat(p.getMessage()).startsWith("WEIGHT 453.6 kg is outside"));
  }

  @Test
  void aValueThatIsNotANumberIsInvalidNumber() {
    assertThatThrownBy(() -> read("PULSE", "eighty", null))
        .isInstanceOfSatisfying(
            FieldProblem.class, p -> assertThat(p.rule()).isEqualTo(RejectRule.INVALID_NUMBER));
  }

  @Test
  void onlyTheNineTestsAreKnown() {
    assertThat(VitalTests.test("wstcir")).isEmpty();
    assertThat(VitalTests.test(" spo2 ")).isPresent();
  }
}
