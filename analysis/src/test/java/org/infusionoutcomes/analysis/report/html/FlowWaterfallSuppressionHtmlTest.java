package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;
import org.infusionoutcomes.analysis.report.Waterfall;
import org.infusionoutcomes.analysis.report.disclosure.SmallCellSuppression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The population flow and the waterfall in the page, and the page with min_cell_size 5. */
class FlowWaterfallSuppressionHtmlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportData DATA = ReportFixtures.withFlowAndWaterfall();
  private static final ReportData SHARED = SmallCellSuppression.apply(DATA, 5);

  private static JsonNode figure(Document doc, String id) throws Exception {
    return JSON.readTree(doc.selectFirst("script.plot-spec[data-for=" + id + "]").data());
  }

  @Test
  void everyStudyScaleAndCourseHasAFlowDiagramWithEveryExclusion() {
    Document doc = Jsoup.parse(HtmlReport.render(DATA).html());
    // 2 studies + ALL, 2 scales, 2 courses
    assertThat(doc.select("section#flow ol.flow")).hasSize(12);
    Element trial = doc.select("section#flow div.card[data-study=KET-TRIAL-01]").first();
    assertThat(trial.selectFirst("h3").text()).isEqualTo("KET-TRIAL-01 · MADRS · Course 1");
    assertThat(trial.select("li.flow-step").eachText())
        .containsExactly(
            "Courses with at least one infusion n = 36",
            "With a baseline n = 32",
            "ITT (baseline total above 0) n = 30",
            "OC evaluable (observed endpoint) n = 24",
            "OC responders n = 17");
    assertThat(trial.select("li.flow-exit").eachText())
        .containsExactly(
            "Left the flow no baseline: 3 baseline ambiguous: 1",
            "Left the flow baseline total 0: 2",
            "Left the flow no OC endpoint: 6",
            "Left the flow not a responder: 7");
    // a selector, shown by the page's script, starts on the pooled rows
    Element select = doc.selectFirst("section#flow select.study-select");
    assertThat(select.attr("data-filter-for")).isEqualTo("flow-cards");
    assertThat(select.select("option").eachAttr("value"))
        .containsExactly("ALL", "CLINIC-NORTH", "KET-TRIAL-01", "*");
    assertThat(select.selectFirst("option[selected]").attr("value")).isEqualTo("ALL");
    assertThat(doc.select("section#durability select.study-select")).hasSize(1);
    assertThat(doc.select("section#durability div.card[data-study]")).hasSize(6);
  }

  @Test
  void waterfallIsSortedWithTheThresholdAndPatternsBesideColours() throws Exception {
    Document doc = Jsoup.parse(HtmlReport.render(DATA).html());
    JsonNode fig = figure(doc, "fig-waterfall-1"); // MADRS
    List<double[]> bars = new ArrayList<>();
    Set<String> patterns = new HashSet<>();
    int responders = 0;
    for (JsonNode trace : fig.get("data")) {
      JsonNode pattern = trace.get("marker").get("pattern");
      patterns.add(pattern == null ? "none" : pattern.get("shape").asText());
      for (int i = 0; i < trace.get("x").size(); i++) {
        bars.add(new double[] {trace.get("x").get(i).asDouble(), trace.get("y").get(i).asDouble()});
        if (trace.get("name").asText().startsWith("Responder")) {
          responders++;
        }
      }
    }
    Waterfall madrs = DATA.waterfall().get(0);
    assertThat(bars).hasSize(madrs.evaluable());
    assertThat(responders).isEqualTo(madrs.responders());
    bars.sort((a, b) -> Double.compare(a[0], b[0]));
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i)[1]).as("bar %d", i).isLessThanOrEqualTo(bars.get(i - 1)[1]);
    }
    // one pattern per kind of bar: responders and remitters differ without colour
    assertThat(patterns).hasSize(fig.get("data").size());
    JsonNode line = fig.get("layout").get("shapes").get(0);
    assertThat(line.get("y0").asDouble()).isEqualTo(-50.0);
    assertThat(fig.get("layout").get("annotations").get(0).get("text").asText())
        .isEqualTo("response threshold -50%");
  }

  @Test
  void sharedPageStatesKAndShowsSmallCountsAsLessThanK() {
    Document doc = Jsoup.parse(HtmlReport.render(SHARED).html());
    assertThat(doc.select("#suppression").text())
        .contains("min_cell_size 5", "Every count from 1 to 4 is hidden");
    // CLINIC-NORTH MADRS course 2, OC: 4 of 7 responded, 1 remitted
    Element row = null;
    for (Element tr : doc.select("table.rates tbody tr")) {
      List<String> td = tr.select("td").eachText();
      if (td.get(0).equals("CLINIC-NORTH")
          && td.get(1).equals("MADRS")
          && td.get(2).equals("2")
          && td.get(3).equals("OC")) {
        row = tr;
      }
    }
    assertThat(row).isNotNull();
    List<String> cells = row.select("td").eachText();
    assertThat(cells.get(5)).startsWith("<5/");
    assertThat(cells.get(6)).isEqualTo("suppressed");
    assertThat(cells.get(7)).startsWith("<5/");
    assertThat(cells.get(8)).isEqualTo("suppressed");
    // CLINIC-NORTH PHQ-9 course 2: 5 courses, 1 without a baseline, 4 ITT: every step after the
    // first is hidden (4 is small, and 5 - 4 would give the 1 away)
    Element flow =
        doc.select("section#flow div.card[data-study=CLINIC-NORTH]").stream()
            .filter(c -> c.selectFirst("h3").text().equals("CLINIC-NORTH · PHQ9 · Course 2"))
            .findFirst()
            .orElseThrow();
    assertThat(flow.select("li.flow-step strong").eachText())
        .containsExactly("n = 5", "n = <5", "n = <5", "n = <5", "n = <5");
    assertThat(flow.select("li.flow-exit").first().text()).contains("no baseline: <5");
  }

  /** Whether the page shows {@code x/n} as a fraction of its own (not inside "10/25"). */
  private static boolean fraction(String page, int x, int n) {
    return java.util.regex.Pattern.compile(
            "(?<![\\d<,])" + Formats.fraction(x, n).replace("/", "/") + "(?![\\d,])")
        .matcher(page)
        .find();
  }

  @Test
  void noSuppressedValueIsAnywhereInThePageSource() {
    String page = HtmlReport.render(SHARED).html();
    int checked = 0;
    for (int i = 0; i < DATA.responseRemission().size(); i++) {
      ResponseRemissionRow before = DATA.responseRemission().get(i);
      ResponseRemissionRow after = SHARED.responseRemission().get(i);
      if (after.responders() == null) {
        checked++;
        assertThat(fraction(page, before.responders(), before.n())).isFalse();
        if (before.responseRate() != null) {
          assertThat(page)
              .doesNotContain(
                  Formats.percentWithInterval(
                      before.responseRate(), before.responseCiLow(), before.responseCiHigh()));
        }
      }
      if (after.remitters() == null) {
        checked++;
        assertThat(fraction(page, before.remitters(), before.n())).isFalse();
      }
      if (after.n() == null) {
        // n and a rate would give the count back
        assertThat(after.responseRate()).isNull();
        assertThat(after.remissionRate()).isNull();
      }
    }
    assertThat(checked).isGreaterThan(5);
    // the waterfall shows blocks of at least 5 courses, never a single course
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("script.plot-spec[data-for^=fig-waterfall-]")).hasSize(2);
    for (Waterfall w : SHARED.waterfall()) {
      assertThat(w.bars()).isNotEmpty().allMatch(b -> b.courses() >= 5 && b.studyId() == null);
      assertThat(w.bars().stream().mapToInt(b -> b.courses()).sum()).isEqualTo(w.evaluable());
    }
  }
}
