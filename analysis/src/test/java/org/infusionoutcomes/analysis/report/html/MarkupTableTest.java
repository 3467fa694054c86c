package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTableTest {
  @Test
  void aTableHasItsCaptionTextColumnsThenNumericColumns() {
    Markup m = new Markup();
    m.openTable("rates", "A & B", List.of("Study"), List.of("n"));
    m.open("tr").element("td", "x").close("tr").newline();
    m.closeTable().newline();
    assertThat(m.toString())
        .isEqualTo(
            "<div class=\"table-wrap\"><table class=\"rates\">\n"
                + "<caption>A &amp; B</caption><thead><tr><th scope=\"col\">Study</th>"
                + "<th scope=\"col\" class=\"num\">n</th></tr></thead><tbody>\n"
                + "<tr><td>x</td></tr>\n"
                + "</tbody></table></div>\n");
  }

  @Test
  void aTableWithoutCaptionGoesStraightToItsHeader() {
    Markup m = new Markup().openTable("counts", null, List.of(), List.of("Change"));
    assertThat(m.toString())
        .isEqualTo(
            "<div class=\"table-wrap\"><table class=\"counts\">\n"
                + "<thead><tr><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>\n");
  }

  @Test
  void aNumericCellAndANoteCarryTheirClass() {
    Markup m = new Markup();
    m.num("1 < 2");
    m.note("see <below>");
    assertThat(m.toString())
        .isEqualTo("<td class=\"num\">1 &lt; 2</td><p class=\"note\">see &lt;below&gt;</p>\n");
  }
}
