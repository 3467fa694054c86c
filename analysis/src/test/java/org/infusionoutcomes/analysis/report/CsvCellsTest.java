package org.infusionoutcomes.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  @Test
  void numbersArePlainDecimalWithFullPrecision() {
    assertThat(CsvCells.number(0.000000011609805080328112)).isEqualTo("0.000000011609805080328112");
    assertThat(CsvCells.number(1.5e12)).isEqualTo("1500000000000");
    assertThat(CsvCells.number(0.49505880837257693)).isEqualTo("0.49505880837257693");
    assertThat(CsvCells.number(21.0)).isEqualTo("21");
    assertThat(CsvCells.number(-0.0)).isEqualTo("0");
    assertThat(Double.parseDouble(CsvCells.number(Math.PI / 7))).isEqualTo(Math.PI / 7);
  }

  @Test
  void missingAndNonFiniteNumbersAreEmpty() {
    assertThat(CsvCells.number(null)).isEmpty();
    assertThat(CsvCells.number(Double.NaN)).isEmpty();
    assertThat(CsvCells.number(Double.POSITIVE_INFINITY)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void textThatASpreadsheetWouldRunIsNeutralised(String text) {
    assertThat(CsvCells.text(text)).isEqualTo("'" + text);
  }

  @Test
  void ordinaryTextIsUnchangedAndNullIsEmpty() {
    assertThat(CsvCells.text("KETA-01")).isEqualTo("KETA-01");
    assertThat(CsvCells.text(null)).isEmpty();
  }

  @Test
  void reportTablesNeutraliseTextButNeverNumbers() {
    ReportTables.Table t =
        ReportTables.logRank(
            List.of(new LogRankRow("=cmd", "MADRS", "durability", "1;2", -0.5, 1, 0.25)));
    assertThat(t.rows().get(0))
        .containsExactly("'=cmd", "MADRS", "durability", "1;2", "-0.5", "1", "0.25");
  }
}
