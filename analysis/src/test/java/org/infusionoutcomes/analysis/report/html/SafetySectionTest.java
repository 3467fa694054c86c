package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportDataCopy;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.analysis.report.disclosure.SmallCellSuppression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Section 8 of report.html: the safety tables with their denominators, escaped. */
class SafetySectionTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";

  private static ReportData with(SafetyTables safety) {
    ReportData d = ReportFixtures.realistic();
    return ReportDataCopy.of(d).safety(safety).build();
  }

  private static SafetyTables tables(String study, String term) {
    return ReportFixtures.safety(study, term);
  }

  @Test
  void everyTableShowsItsNumbersWithDenominators() {
    Document doc = Jsoup.parse(HtmlReport.render(with(tables("S1", "NAUSEA"))).html());
    Element section = doc.selectFirst("section#safety");
    assertThat(section.selectFirst("h2").text()).isEqualTo("8. Safety");
    String vitals = section.selectFirst("table.vital-signs").text();
    assertThat(vitals).contains("4 (3)").contains("1/4").contains("25.0%");
    // no exceedance definition for RESP: shown as missing, not as 0
    assertThat(section.select("table.vital-signs tbody tr").get(1).select("td").get(10).text())
        .isEqualTo(Formats.MISSING);
    assertThat(section.selectFirst("table.adverse-events").text())
        .contains("NAUSEA")
        .contains("3/12")
        .contains("25.0%");
    assertThat(section.selectFirst("table.dissociation").text()).contains("18.0 (6.0)");
    assertThat(section.selectFirst("table.shift caption").text()).contains("n = 12");
    assertThat(section.selectFirst("ul.suicidality-summary").text())
        .contains("Worsened: 2/12")
        .contains("Emergent (baseline 0): 2/8")
        .contains("3/4");
    assertThat(section.select("div.plot")).hasSize(1);
  }

  @Test
  void dataTextIsEscaped() {
    String html = HtmlReport.render(with(tables(HOSTILE + "S1", HOSTILE))).html();
    assertThat(html).doesNotContain(HOSTILE);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("section#safety img")).isEmpty();
    assertThat(doc.selectFirst("section#safety table.adverse-events").text()).contains(HOSTILE);
  }

  @Test
  void withoutSafetyDataTheSectionSaysSo() {
    Document doc = Jsoup.parse(HtmlReport.render(with(SafetyTables.empty())).html());
    Element section = doc.selectFirst("section#safety");
    assertThat(section.selectFirst("p.empty").text()).startsWith("No safety data");
    assertThat(section.select("table")).isEmpty();
  }

  /** One study whose tables mix large and small counts. */
  private static SafetyTables mixed() {
    return new SafetyTables(
        List.of(
            new VitalSignsRow(
                "S1", "SYSBP", 1, "1", 20, 20, 120.0, 150.0, 30.0, 5.0, 185.0, 40.0, 3, 0.15, 0.05,
                0.36, List.of()),
            new VitalSignsRow(
                "S1", "SYSBP", 1, "2", 3, 3, 121.0, 149.0, 28.0, 4.0, 170.0, 35.0, 0, 0.0, 0.0,
                0.56, List.of())),
        List.of(
            new VitalSignsTimecourseRow("S1", "SYSBP", -15, 20, 121.0, 6.0),
            new VitalSignsTimecourseRow("S1", "SYSBP", 30, 20, 150.0, 12.0),
            new VitalSignsTimecourseRow("S1", "PULSE", 30, 3, 80.0, 7.0)),
        List.of(new DissociationRow("S1", 1, "1", 20, 18.0, 6.0, 17.0, 30.0, 16.0)),
        List.of(
            new AdverseEventRow("S1", 1, "GI", "NAUSEA", 3, 4, 20, 15.0, 5.2, 36.0),
            new AdverseEventRow("S1", 1, "GI", "VOMITING", 8, 9, 20, 40.0, 21.9, 61.3),
            new AdverseEventRow("S1", 1, "ALL", "ANY", 10, 13, 20, 50.0, 29.9, 70.1)),
        List.of(
            new SuicidalityShiftRow("S1", "PHQ9", 1, "0", "0", 10, List.of()),
            new SuicidalityShiftRow("S1", "PHQ9", 1, "0", "1", 2, List.of()),
            new SuicidalityShiftRow("S1", "PHQ9", 1, "1", "0", 6, List.of()),
            new SuicidalityShiftRow("S1", "PHQ9", 1, "1", "1", 2, List.of())),
        List.of(
            new SuicidalitySummaryRow(
                "S1", "PHQ9", 1, 20, 2, 0.1, 0.03, 0.3, 12, 2, 0.17, 0.05, 0.45, 8, 6, 0.75, 0.4,
                0.93, List.of())));
  }

  @Test
  void sharedWithMinCellSizeHiddenCountsReadLessThanKAndStatisticsSuppressed() throws Exception {
    ReportData shared = SmallCellSuppression.apply(with(mixed()), 5);
    Document doc = Jsoup.parse(HtmlReport.render(shared).html());
    Element section = doc.selectFirst("section#safety");
    assertThat(section.text()).doesNotContain("left out").contains("Shared with min_cell_size 5");
    List<Element> vitals = section.select("table.vital-signs tbody tr");
    // 20 infusions: counts shown, exceeded 3 hidden with its rate; the max peak never shown
    assertThat(vitals.get(0).select("td").get(4).text()).isEqualTo("20 (20)");
    assertThat(vitals.get(0).select("td").get(5).text()).isEqualTo("120.0");
    assertThat(vitals.get(0).select("td").get(8).text()).isEqualTo(Formats.SUPPRESSED);
    assertThat(vitals.get(0).select("td").get(10).text()).isEqualTo("<5/20");
    assertThat(vitals.get(0).select("td").get(11).text()).isEqualTo(Formats.SUPPRESSED);
    // 3 infusions: every count and statistic hidden
    assertThat(vitals.get(1).select("td").get(4).text()).isEqualTo("<5 (<5)");
    assertThat(vitals.get(1).select("td").get(6).text()).isEqualTo(Formats.SUPPRESSED);
    assertThat(vitals.get(1).select("td").get(7).text()).isEqualTo(Formats.SUPPRESSED);
    assertThat(section.selectFirst("table.dissociation").text()).contains("18.0 (6.0)");
    assertThat(section.select("table.dissociation td").get(6).text()).isEqualTo(Formats.SUPPRESSED);
    String ae = section.selectFirst("table.adverse-events").text();
    assertThat(ae).contains("<5/20").doesNotContain("3/20").doesNotContain("15.0%");
    assertThat(section.selectFirst("ul.suicidality-summary").text())
        .contains("Worsened: <5/20 " + Formats.SUPPRESSED)
        .contains("Emergent (baseline 0): <5/");
    assertThat(section.select("table.shift td").eachText()).contains("<5").doesNotContain("2");
    // the chart draws the two SYSBP bins, not the hidden PULSE bin; the table lists it as <5
    assertThat(section.select("table.vitals-timecourse").text()).contains("PULSE 30 <5");
    JsonNode fig =
        new ObjectMapper()
            .readTree(doc.selectFirst("script.plot-spec[data-for^=fig-vitals]").data());
    List<String> traces = new ArrayList<>();
    fig.get("data").forEach(t -> traces.add(t.get("name").asText()));
    assertThat(traces).containsExactly("SYSBP");
    assertThat(fig.get("data").get(0).get("x").size()).isEqualTo(2);
  }
}
