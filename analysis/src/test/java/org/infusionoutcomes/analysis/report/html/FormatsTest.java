package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void proportionsArePercentagesWithOneDecimal() {
    assertThat(Formats.percent(17.0 / 24)).isEqualTo("70.8%");
    assertThat(Formats.percent(0.0)).isEqualTo("0.0%");
    assertThat(Formats.percent(1.0)).isEqualTo("100.0%");
    assertThat(Formats.percent(0.00049)).isEqualTo("0.0%");
    assertThat(Formats.percent(-0.0001)).isEqualTo("0.0%"); // no "-0.0%"
    assertThat(Formats.percent(null)).isEqualTo("—");
    assertThat(Formats.percent(Double.NaN)).isEqualTo("—");
  }

  @Test
  void intervalsAreBracketedWithAnEnDash() {
    assertThat(Formats.percentWithInterval(0.5, 0.25, 0.75)).isEqualTo("50.0% (25.0–75.0)");
    assertThat(Formats.percentWithInterval(null, null, null)).isEqualTo("—");
    assertThat(Formats.percentInterval(null, null)).isEqualTo("(—)"); // S = 0: no interval
    assertThat(Formats.quantileInterval(14.0, null)).isEqualTo("(14–NR)");
  }

  @Test
  void daysKeepUpToTwoDecimalsAndQuantilesNeverReachedSaySo() {
    assertThat(Formats.days(21.0)).isEqualTo("21");
    assertThat(Formats.days(20.0)).isEqualTo("20");
    assertThat(Formats.days(4.5)).isEqualTo("4.5");
    assertThat(Formats.days(1.0 / 3)).isEqualTo("0.33");
    assertThat(Formats.days(null)).isEqualTo("—");
    assertThat(Formats.quantile(null)).isEqualTo("not reached");
    assertThat(Formats.quantile(0.0)).isEqualTo("0");
  }

  @Test
  void countsPValuesAndChanges() {
    assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
    assertThat(Formats.fraction(17, 24)).isEqualTo("17/24");
    assertThat(Formats.pValue(0.0004)).isEqualTo("<0.001");
    assertThat(Formats.pValue(0.04567)).isEqualTo("0.046");
    assertThat(Formats.pValue(1.0)).isEqualTo("1.000");
    assertThat(Formats.pValue(null)).isEqualTo("—");
    assertThat(Formats.decimal(-12.345, 1)).isEqualTo("-12.3");
    assertThat(Formats.signed(3)).isEqualTo("+3");
    assertThat(Formats.signed(-2)).isEqualTo("-2");
    assertThat(Formats.signed(0)).isEqualTo("0");
  }
}
