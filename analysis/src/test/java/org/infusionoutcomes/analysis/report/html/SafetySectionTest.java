package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Section 7 of report.html: the safety tables with their denominators, escaped. */
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
        safety);
  }

  private static SafetyTables tables(String study, String term) {
    return new SafetyTables(
        List.of(
            new VitalSignsRow(
                study, "SYSBP", 1, "1", 4, 3, 120.0, 150.0, 30.0, 5.0, 185.0, 40.0, 1, 0.25, 0.05,
                0.7),
            new VitalSignsRow(
                study, "RESP", 1, "ALL", 2, 2, 14.0, 16.0, 2.0, null, 17.0, 30.0, null, null, null,
                null)),
        List.of(
            new VitalSignsTimecourseRow(study, "SYSBP", -15, 4, 121.0, 6.0),
            new VitalSignsTimecourseRow(study, "SYSBP", 30, 4, 150.0, 12.0),
            new VitalSignsTimecourseRow(study, "PULSE", 30, 3, 80.0, 7.0)),
        List.of(new DissociationRow(study, 1, "1", 5, 18.0, 6.0, 17.0, 30.0, 16.0)),
        List.of(
            new AdverseEventRow(
                study, 1, "GASTROINTESTINAL DISORDERS", term, 3, 4, 12, 25.0, 8.9, 53.2),
            new AdverseEventRow(study, 1, "ALL", "ANY", 5, 9, 12, 41.7, 19.3, 68.0)),
        List.of(
            new SuicidalityShiftRow(study, "PHQ9", 1, "0", "0", 6),
            new SuicidalityShiftRow(study, "PHQ9", 1, "0", "1", 2),
            new SuicidalityShiftRow(study, "PHQ9", 1, "1", "0", 3),
            new SuicidalityShiftRow(study, "PHQ9", 1, "1", "1", 1)),
        List.of(
            new SuicidalitySummaryRow(
                study, "PHQ9", 1, 12, 2, 2.0 / 12, 0.05, 0.45, 8, 2, 0.25, 0.07, 0.59, 4, 3, 0.75,
                0.3, 0.95)));
  }

  @Test
  void everyTableShowsItsNumbersWithDenominators() {
    Document doc = Jsoup.parse(HtmlReport.render(with(tables("S1", "NAUSEA"))).html());
    Element section = doc.selectFirst("section#safety");
    assertThat(section.selectFirst("h2").text()).isEqualTo("7. Safety");
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
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.realistic()).html());
    Element section = doc.selectFirst("section#safety");
    assertThat(section.selectFirst("p.empty").text()).startsWith("No safety data");
    assertThat(section.select("table")).isEmpty();
  }
}
