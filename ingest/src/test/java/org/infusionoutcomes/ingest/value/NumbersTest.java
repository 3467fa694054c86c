package org.infusionoutcomes.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource({
    "3, 3",
    "3.0, 3",
    "3.000, 3",
    "' 4 ', 4",
    "-2, -2",
    "+5, 5",
    "0, 0",
    "-0, 0",
    "1e1, 10",
    "2147483647, 2147483647"
  })
  void wholeNumberIsParsedAlsoWhenWrittenWithZeroDecimals(String text, int expected) {
    assertThat(Numbers.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        " ",
        "2.5",
        "0.1",
        "abc",
        "3 4",
        "1,5",
        "NaN",
        "Infinity",
        "2147483648",
        "0x10",
        "1_000",
        "3a"
      })
  void textThatIsNotAWholeNumberIsNull(String text) {
    assertThat(Numbers.parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"2.5, 2.5", "3, 3.0", "' -0.25 ', -0.25", "1e-3, 0.001", "17.5, 17.5"})
  void finiteNumberIsParsed(String text, double expected) {
    assertThat(Numbers.parseNumber(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "abc", "NaN", "Infinity", "-Infinity", "1e400", "1,5", "2.5 mg"})
  void textThatIsNotAFiniteNumberIsNull(String text) {
    assertThat(Numbers.parseNumber(text)).isNull();
  }
}
