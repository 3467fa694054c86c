package org.infusionoutcomes.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesColumnsTest {
  private record Row(
      String name, Integer count, Integer hits, Double rate, Double low, Double high) {}

  @Test
  void eachColumnIsNamedOnceAndWritesItsCellByType() {
    ReportTables.Table t =
        new ReportTables.Columns<Row>()
            .text("name", Row::name)
            .integer("count", Row::count)
            .proportion("hits", "hit", Row::hits, Row::rate, Row::low, Row::high)
            .table(
                List.of(
                    new Row("=x", 3, 1, 1.0 / 3, 0.06, 0.79),
                    new Row(null, null, null, null, null, null)));

    assertThat(t.header())
        .containsExactly("name", "count", "hits", "hit_rate", "hit_ci_low", "hit_ci_high");
    assertThat(t.rows())
        .containsExactly(
            List.of("'=x", "3", "1", "0.3333333333333333", "0.06", "0.79"),
            List.of("", "", "", "", "", ""));
  }

  @Test
  void noRowsGiveTheHeaderAlone() {
    ReportTables.Table t = new ReportTables.Columns<Row>().text("name", Row::name).table(List.of());
    assertThat(t.header()).containsExactly("name");
    assertThat(t.rows()).isEmpty();
  }
}
