package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Section 8 of report.html: the safety tables with their denominators, escaped. */
class SafetySectionTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";

  private static ReportData with(SafetyTables safety) {
    ReportData d = ReportFixtures.realistic();
    return new ReportData(
        d.run(),
        d.definitions(),
        d.landmarkDays(),
        d.responseRemission(),
        d.durabilitySummary(),
        d.durabilityKm(),
        d.timeToResponseSummary(),
        d.timeToResponseKm(),
        d.logRank(),
        d.trajectory(),
        d.quality(),
        List.of(),
        List.of(),
        null,
        safety,
        d.timeToRemissionSummary(),
        d.timeToRemissionKm(),
        d.subgroups(),
        d.agreement());
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
}
