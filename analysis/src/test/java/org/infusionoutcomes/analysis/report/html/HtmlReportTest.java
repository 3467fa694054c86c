package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportDataCopy;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.ScaleDefinitionRow;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.analysis.survival.KaplanMeier;
import org.infusionoutcomes.analysis.survival.KmCurve;
import org.infusionoutcomes.analysis.survival.KmStep;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static RenderedReport report;
  private static Document doc;

  @BeforeAll
  static void render() {
    report = HtmlReport.render(ReportFixtures.realistic());
    doc = Jsoup.parse(report.html());
  }

  @Test
  void everySectionIsPresentInOrderWithItsHeading() {
    assertThat(doc.select("main > section").eachAttr("id"))
        .containsExactly(
            "run",
            "flow",
            "response",
            "durability",
            "time-to-response",
            "trajectories",
            "log-rank",
            "safety",
            "quality",
            "subgroups",
            "agreement",
            "time-to-remission");
    assertThat(doc.select("main > section > h2").eachText())
        .containsExactly(
            "1. Run, definitions and configuration",
            "2. Population flow",
            "3. Response and remission",
            "4. Durability of response",
            "5. Time to response",
            "6. Score trajectories",
            "7. Log-rank tests between courses (descriptive, unadjusted)",
            "8. Safety",
            "9. Data quality",
            "10. Who responds: subgroups (descriptive, unadjusted)",
            "11. Agreement between MADRS and PHQ-9",
            "12. Time to remission");
    assertThat(doc.select("nav.toc a").eachAttr("href"))
        .containsExactly(
            "#run",
            "#flow",
            "#response",
            "#durability",
            "#time-to-response",
            "#trajectories",
            "#log-rank",
            "#safety",
            "#quality",
            "#subgroups",
            "#agreement",
            "#time-to-remission");
  }

  @Test
  void subgroupSectionIsLabelledDescriptiveAndUnadjustedWithOneForestPlotPerStudyAndScale() {
    Element section = doc.selectFirst("section#subgroups");
    assertThat(section.selectFirst("h2").text()).contains("descriptive, unadjusted");
    assertThat(section.select(".method").text()).contains("Descriptive and unadjusted");
    // Course 1 OC of KET-01 and ALL: two forest plots; NRI rows only in the table.
    assertThat(section.select("div.plot[id^=fig-forest-]")).hasSize(2);
    assertThat(section.select("details tbody tr")).hasSize(2 * (3 + 2));
    Element firstPlot = section.selectFirst("script.plot-spec");
    assertThat(firstPlot.data())
        .contains("error_x")
        .contains("dose_band: 0.5-\\u0026lt;0.75 (n 14)");
    assertThat(section.select("details tbody tr").get(0).text())
        .contains("dose_band", "0.5-<0.75", "reference");
  }

  @Test
  void agreementSectionShowsKappaAndAnEmptyKappaWhenChanceAgreementIsOne() {
    Element section = doc.selectFirst("section#agreement");
    assertThat(section.select("tbody tr")).hasSize(2);
    assertThat(section.select("tbody tr").get(0).text()).contains("response", "18", "83.3%");
    assertThat(section.select("tbody tr").get(1).select("td").get(9).text())
        .isEqualTo(Formats.MISSING);
  }

  @Test
  void timeToRemissionHasCurvesAndTheRemissionCriterion() {
    Element section = doc.selectFirst("section#time-to-remission");
    assertThat(section.select("div.plot")).isNotEmpty();
    assertThat(section.select(".method").text()).contains("meeting remission");
  }

  @Test
  void headerShowsTheRunWithRecordsRejectedOfRecordsRead() {
    Map<String, String> facts = new LinkedHashMap<>();
    for (Element div : doc.select("header dl.facts > div")) {
      facts.put(div.selectFirst("dt").text(), div.selectFirst("dd").text());
    }
    assertThat(facts)
        .containsEntry("Studies", "CLINIC-NORTH, KET-TRIAL-01")
        .containsEntry("Run id", "run-7f3a9c2e")
        .containsEntry("Tool version", "0.1.0")
        .containsEntry("Git commit", "526eb5e")
        .containsEntry("Input files read", "14")
        .containsEntry("Records read", "12,345")
        .containsEntry("Records rejected", "67 of 12,345 (0.5%)");
    assertThat(doc.select("header p.quality-line .badge").eachText())
        .containsExactly("ERROR", "FAIL", "PASS WITH VIOLATIONS", "PASS", "NOT APPLICABLE");
  }

  @Test
  void configurationIsATableWithNestedKeysJoinedByDots() {
    Map<String, String> config = new LinkedHashMap<>();
    for (Element tr : doc.select("section#run table.config tbody tr")) {
      config.put(tr.child(0).text(), tr.child(1).text());
    }
    assertThat(config.keySet())
        .startsWith("course_gap_days", "baseline_window_days")
        .endsWith("scales.PHQ9.remission_max", "scales.PHQ9.relapse_threshold");
    assertThat(config)
        .containsEntry("response_fraction", "0.5")
        .containsEntry("km_conf_type", "log")
        .containsEntry("landmark_days", "7, 14, 28, 56, 84")
        .containsEntry("retreatment_is_relapse", "false")
        .containsEntry("study_id", "null (not set)")
        .containsEntry("scales.MADRS.remission_max", "10");
  }

  @Test
  void scaleDefinitionsAreListedWithOriginAndSha256AndEscaped() {
    ReportData d = ReportFixtures.realistic();
    RunInfo r = d.run();
    String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    ScaleDefinitionRow user =
        new ScaleDefinitionRow(
            "BDI2",
            "1.0",
            "Beck <i>II</i>",
            "scale_files",
            "/study/<script>x</script>.yaml",
            sha,
            false,
            21,
            0,
            63,
            2,
            0.5,
            13,
            20);
    ScaleDefinitionRow override =
        new ScaleDefinitionRow(
            "MADRS",
            "1.0-site",
            "MADRS",
            "scale_files",
            "site/madrs.yaml",
            sha,
            true,
            10,
            0,
            60,
            1,
            0.5,
            12,
            22);
    ScaleDefinitionRow shipped =
        new ScaleDefinitionRow(
            "PHQ9",
            "1.0",
            "PHQ-9",
            "shipped",
            "scales/phq9.yaml",
            sha,
            false,
            9,
            0,
            27,
            2,
            0.5,
            4,
            10);
    RunInfo withScales =
        new RunInfo(
            r.runId(),
            r.toolVersion(),
            r.gitCommit(),
            r.filesRead(),
            r.recordsRead(),
            r.recordsRejected(),
            r.studies(),
            r.config(),
            List.of(user, override, shipped));
    String html =
        HtmlReport.render(
                ReportDataCopy.of(d)
                    .run(withScales)
                    .safety(SafetyTables.empty())
                    .timeToRemission(List.of(), List.of())
                    .subgroups(List.of())
                    .agreement(List.of())
                    .build())
            .html();
    Document page = Jsoup.parse(html);

    List<List<String>> rows = new ArrayList<>();
    for (Element tr : page.select("section#run table.scales tbody tr")) {
      rows.add(tr.children().eachText());
    }
    assertThat(rows)
        .containsExactly(
            List.of(
                "BDI2",
                "1.0",
                "Beck <i>II</i>",
                "/study/<script>x</script>.yaml",
                "21",
                "0–63",
                "2",
                "50.0% reduction",
                "13",
                "20",
                sha),
            List.of(
                "MADRS",
                "1.0-site",
                "MADRS",
                "site/madrs.yaml (overrides the shipped definition)",
                "10",
                "0–60",
                "1",
                "50.0% reduction",
                "12",
                "22",
                sha),
            List.of(
                "PHQ9",
                "1.0",
                "PHQ-9",
                "shipped",
                "9",
                "0–27",
                "2",
                "50.0% reduction",
                "4",
                "10",
                sha));
    assertThat(html).doesNotContain("<script>x</script>").doesNotContain("<i>II</i>");
    // the configuration table is a table of its own
    assertThat(page.select("section#run table.config tbody tr"))
        .hasSameSizeAs(doc.select("section#run table.config tbody tr"));
    assertThat(doc.select("section#run p.empty").eachText())
        .contains("No scale definitions were recorded.");
  }

  @Test
  void definitionsAreListedWithTheRemissionOfEachScaleAndTheIntervalMethods() {
    Map<String, String> defs = new LinkedHashMap<>();
    for (Element dt : doc.select("section#run dl.definitions dt")) {
      defs.put(dt.text(), dt.nextElementSibling().text());
    }
    assertThat(defs.keySet())
        .containsExactly(
            "Response",
            "Remission, MADRS",
            "Remission, PHQ9",
            "Relapse",
            "OC",
            "LOCF",
            "NRI",
            "ITT",
            "Confidence intervals");
    assertThat(defs.get("Remission, MADRS")).isEqualTo("MADRS total ≤ 10");
    assertThat(defs.get("Confidence intervals")).contains("Wilson", "conf.type = \"log\"");
  }

  @Test
  void responseRowsShowCountsOverTheirDenominatorAndWilsonIntervals() {
    assertThat(row("section#response table.rates", "KET-TRIAL-01", "MADRS", "1", "OC"))
        .containsExactly(
            "KET-TRIAL-01",
            "MADRS",
            "1",
            "OC",
            "24",
            "17/24",
            "70.8% (50.8–85.1)",
            "9/24",
            "37.5% (21.2–57.3)");
    assertThat(row("section#response table.rates", "ALL (pooled)", "PHQ9", "1", "NRI"))
        .containsExactly(
            "ALL (pooled)",
            "PHQ9",
            "1",
            "NRI",
            "68",
            "30/68",
            "44.1% (32.9–55.9)",
            "14/68",
            "20.6% (12.7–31.6)");
    assertThat(doc.select("section#response table.rates tbody tr")).hasSize(36);
    assertThat(doc.selectFirst("section#response abbr").attr("title")).startsWith("Observed case");
  }

  @Test
  void anEmptyDenominatorShowsADashNotARateOfZero() {
    assertThat(row("section#response table.rates", "CLINIC-NORTH", "PHQ9", "2", "OC"))
        .containsExactly("CLINIC-NORTH", "PHQ9", "2", "OC", "0", "0/0", "—", "0/0", "—");
  }

  @Test
  void aMedianNeverReachedReadsNotReachedWithItsInterval() {
    Element tr = summaryRow("durability", "CLINIC-NORTH", "MADRS", "2");
    assertThat(tr.child(3).text()).isEqualTo("5"); // n
    assertThat(tr.child(4).text()).isEqualTo("1"); // events
    assertThat(tr.child(5).text()).isEqualTo("4"); // censored
    assertThat(tr.child(6).ownText()).isEqualTo("not reached");
    assertThat(tr.child(6).selectFirst("span.ci").text()).isEqualTo("(16–NR)");
    assertThat(tr.child(7).text()).isEqualTo("38.5"); // q1: flat at 0.75 -> midpoint
    assertThat(tr.child(8).text()).isEqualTo("not reached"); // q3
    assertThat(doc.select("section#durability table.survival-summary td").eachText())
        .doesNotContain("0 (0–0)");
  }

  @Test
  void aCurveWithoutEventsHasNoIntervalForItsMedian() {
    Element tr = summaryRow("time-to-response", "CLINIC-NORTH", "PHQ9", "2");
    assertThat(tr.child(4).text()).isEqualTo("0");
    assertThat(tr.child(6).text()).isEqualTo("not reached");
    assertThat(tr.child(6).select("span.ci")).isEmpty();
  }

  @Test
  void landmarksShowSurvivalWithIntervalAndDashBeyondTheLastObservedDay() {
    Element tr = summaryRow("durability", "CLINIC-NORTH", "MADRS", "1");
    assertThat(tr.child(6).ownText()).isEqualTo("50");
    assertThat(tr.child(6).selectFirst("span.ci").text()).isEqualTo("(22–NR)");
    // day 7: 8 of 9 still in response
    assertThat(tr.child(9).ownText()).isEqualTo("88.9%");
    assertThat(tr.child(9).selectFirst("span.ci").text()).isEqualTo("(70.6–100.0)");
    // day 84: the last observed day is 80
    assertThat(tr.child(13).text()).isEqualTo("—");
    assertThat(tr.child(14).text()).isEqualTo("64"); // median follow-up (reverse KM)
    assertThat(doc.select("section#durability table.survival-summary thead tr").get(1).text())
        .isEqualTo("Day 7 Day 14 Day 28 Day 56 Day 84");
  }

  @Test
  void atRiskCountsCoursesWithTimeOnOrAfterTheDay() {
    List<KmRow> rows =
        kmRows(
            "S",
            "MADRS",
            1,
            new double[] {3, 7, 10, 10, 20},
            new boolean[] {true, false, true, false, false});
    assertThat(rows).extracting(KmRow::nRisk).containsExactly(5, 4, 3, 1);
    assertThat(AtRisk.at(rows, 0)).isEqualTo(5);
    assertThat(AtRisk.at(rows, 3)).isEqualTo(5);
    assertThat(AtRisk.at(rows, 7)).isEqualTo(4); // censored on day 7: still at risk that day
    assertThat(AtRisk.at(rows, 8)).isEqualTo(3);
    assertThat(AtRisk.at(rows, 14)).isEqualTo(1);
    assertThat(AtRisk.at(rows, 20)).isEqualTo(1);
    assertThat(AtRisk.at(rows, 28)).isEqualTo(0);

    List<KmRow> second =
        kmRows("S", "MADRS", 2, new double[] {1, 2, 30}, new boolean[] {true, true, true});
    List<KmRow> all = new ArrayList<>(rows);
    all.addAll(second);
    ReportData small = withDurabilityKm(all);
    Document d = Jsoup.parse(HtmlReport.render(small).html());
    Element table = d.selectFirst("section#durability table.at-risk");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Day", "0", "7", "14", "28", "56", "84");
    assertThat(table.select("tbody tr").get(0).text()).isEqualTo("Course 1 5 4 1 0 0 0");
    assertThat(table.select("tbody tr").get(1).text()).isEqualTo("Course 2 3 1 1 1 0 0");
  }

  @Test
  void kaplanMeierChartsAreStepCurvesFromDayZeroWithBandAndCensorMarks() throws Exception {
    assertThat(figureIds("durability")).hasSize(6);
    assertThat(figureIds("time-to-response")).hasSize(6);
    JsonNode fig = figure("fig-durability-1"); // CLINIC-NORTH, MADRS
    JsonNode data = fig.get("data");
    JsonNode lower = data.get(0);
    JsonNode upper = data.get(1);
    JsonNode curve = data.get(2);
    JsonNode marks = data.get(3);
    assertThat(lower.has("fill")).isFalse();
    assertThat(upper.get("fill").asText()).isEqualTo("tonexty");
    assertThat(curve.get("line").get("shape").asText()).isEqualTo("hv");
    assertThat(curve.get("name").asText()).isEqualTo("Course 1 (n = 9)");
    assertThat(curve.get("x").get(0).asDouble()).isEqualTo(0);
    assertThat(curve.get("y").get(0).asDouble()).isEqualTo(1);
    assertThat(curve.get("x").get(1).asDouble()).isEqualTo(6);
    assertThat(curve.get("y").get(1).asDouble()).isEqualTo(8.0 / 9, offset(1e-12));
    assertThat(marks.get("mode").asText()).isEqualTo("markers");
    assertThat(marks.get("marker").get("symbol").asText()).isEqualTo("line-ns-open");
    // censored on days 13 (tied with an event), 36, 64 and 80
    assertThat(marks.get("x"))
        .extracting(JsonNode::asDouble)
        .containsExactly(13.0, 36.0, 64.0, 80.0);
    assertThat(fig.get("layout").get("yaxis").get("tickformat").asText()).isEqualTo(".0%");
  }

  @Test
  void rateChartsHaveAsymmetricWilsonErrorBars() throws Exception {
    assertThat(figureIds("response")).hasSize(2);
    assertThat(figureIds("remission")).hasSize(2);
    JsonNode oc = figure("fig-response-1").get("data").get(0); // MADRS, OC
    assertThat(oc.get("name").asText()).isEqualTo("OC");
    // each bar group names its study and course on the axis (a two-level axis hid the study)
    assertThat(oc.get("x"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "CLINIC-NORTH<br>Course 1",
            "CLINIC-NORTH<br>Course 2",
            "KET-TRIAL-01<br>Course 1",
            "KET-TRIAL-01<br>Course 2",
            "ALL (pooled)<br>Course 1",
            "ALL (pooled)<br>Course 2");
    // KET-TRIAL-01 course 1: 17/24
    double rate = 17.0 / 24 * 100;
    assertThat(oc.get("y").get(2).asDouble()).isCloseTo(rate, offset(1e-9));
    JsonNode err = oc.get("error_y");
    assertThat(err.get("symmetric").asBoolean()).isFalse();
    Proportion wilson = WilsonInterval.of(17, 24);
    assertThat(rate + err.get("array").get(2).asDouble())
        .isCloseTo(wilson.high() * 100, offset(1e-9));
    assertThat(rate - err.get("arrayminus").get(2).asDouble())
        .isCloseTo(wilson.low() * 100, offset(1e-9));
    assertThat(oc.get("hovertext").get(2).asText()).contains("17/24 in response = 70.8%");
  }

  @Test
  void trajectoriesShowMeanWithSdAndPercentChangePerCourse() throws Exception {
    assertThat(figureIds("trajectory")).hasSize(6);
    JsonNode data = figure("fig-trajectory-1").get("data");
    assertThat(data).hasSize(4); // per course: score, % change
    assertThat(data.get(0).get("error_y").get("array")).isNotEmpty();
    assertThat(data.get(1).get("yaxis").asText()).isEqualTo("y2");
    // n = 1 on the last day of CLINIC-NORTH course 2: no SD
    JsonNode course2 = data.get(2).get("error_y").get("array");
    assertThat(course2.get(course2.size() - 1).isNull()).isTrue();
    Element details = doc.select("section#trajectories details").first();
    assertThat(details.select("tbody tr").first().text())
        .isEqualTo("Course 1 0 25 32.4 (5.8) 0.0 0.0%");
  }

  @Test
  void logRankIsLabelledDescriptiveAndUnadjusted() {
    Element section = doc.selectFirst("section#log-rank");
    assertThat(section.selectFirst("h2").text()).contains("descriptive, unadjusted");
    assertThat(section.selectFirst("caption").text()).contains("descriptive, unadjusted");
    List<String> first = section.select("tbody tr").first().children().eachText();
    assertThat(first.subList(0, 4))
        .containsExactly("CLINIC-NORTH", "MADRS", "Durability", "1 vs 2");
    assertThat(first.get(4)).matches("\\d+\\.\\d{2}");
    assertThat(first.get(5)).isEqualTo("1");
    assertThat(first.get(6)).matches("<0\\.001|\\d\\.\\d{3}");
    assertThat(section.select("tbody tr")).hasSize(12);
  }

  @Test
  void qualityChecksCarryAStatusBadgeAndTheirCounts() {
    Element section = doc.selectFirst("section#quality");
    assertThat(section.select("table.checks tbody tr td:first-child .badge").eachAttr("class"))
        .containsExactly("badge warn", "badge pass", "badge fail", "badge error", "badge na");
    assertThat(section.select("table.checks tbody tr").first().child(2).text())
        .isEqualTo("67/12,345");
    List<Element> tables = section.select("table.counts");
    assertThat(tables.get(0).select("tbody tr").eachText())
        .containsExactly(
            "item_out_of_range 41", "mixed_time_axis 7", "partial_date 19", "Total 67");
    assertThat(tables.get(2).select("tbody tr").eachText())
        .containsExactly(
            "rejects.item_out_of_range +3",
            "rejects.partial_date -2",
            "checks.baseline_unambiguous +1");
  }

  @Test
  void withoutAPreviousRunTheChangesSayNoPreviousRun() {
    ReportData d = ReportFixtures.realistic();
    QualityReport q = d.quality();
    ReportData first =
        replaceQuality(
            d, new QualityReport(q.rejectsByRule(), q.warningsByRule(), q.checks(), null));
    Document page = Jsoup.parse(HtmlReport.render(first).html());
    assertThat(page.selectFirst("section#quality").text())
        .contains("No previous run in this output directory");
  }

  @Test
  void theSameDataGivesByteIdenticalHtml() {
    assertThat(HtmlReport.render(ReportFixtures.realistic()).html()).isEqualTo(report.html());
    // maps without an order of their own are sorted, so their iteration order cannot leak in
    ReportData d = ReportFixtures.realistic();
    Map<String, Object> forward = new HashMap<>();
    Map<String, Object> backward = new HashMap<>(64, 0.5f);
    List<String> keys = new ArrayList<>(d.run().config().keySet());
    keys.forEach(k -> forward.put(k, d.run().config().get(k)));
    for (int i = keys.size() - 1; i >= 0; i--) {
      backward.put(keys.get(i), d.run().config().get(keys.get(i)));
    }
    assertThat(HtmlReport.render(replaceConfig(d, forward)).html())
        .isEqualTo(HtmlReport.render(replaceConfig(d, backward)).html());
    assertThat(report.html()).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT");
  }

  @Test
  void thePageLoadsPlotlyFromAssetsByRelativePathAndNothingFromTheNetwork() throws Exception {
    assertThat(report.assets().keySet())
        .containsExactly("plotly-2.35.3.LICENSE.txt", "plotly-2.35.3.js");
    String head =
        new String(report.assets().get("plotly-2.35.3.js"), 0, 300, StandardCharsets.UTF_8);
    assertThat(head).contains("plotly.js v2.35.3");
    assertThat(doc.select("script[src]").eachAttr("src"))
        .containsExactly("assets/plotly-2.35.3.js");
    assertThat(doc.select("[src], [href]").eachAttr("abs:src"))
        .allMatch(s -> !s.startsWith("http"));
    assertThat(report.html()).doesNotContain("http://", "https://", "cdn.plot.ly");
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).contains("default-src 'none'", "connect-src 'none'");
    String inline = doc.select("script:not([src]):not([type])").first().data();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(inline.getBytes(StandardCharsets.UTF_8)));
    assertThat(csp).contains("'sha256-" + hash + "'");
  }

  @Test
  void emptyTablesRenderAsSentencesNotErrors() {
    ReportData d = ReportFixtures.realistic();
    ReportData empty = ReportDataCopy.runOnly(d).build();
    Document page = Jsoup.parse(HtmlReport.render(empty).html());
    assertThat(page.select("p.empty").eachText())
        .contains(
            "No report group has an ITT course, so there are no rates to show.",
            "No comparisons: no study and scale has two or more course numbers.",
            "No quality report was produced for this run.");
    assertThat(page.select("script.plot-spec")).isEmpty();
  }

  // --- helpers

  private static List<String> row(String table, String... key) {
    for (Element tr : doc.select(table + " tbody tr")) {
      List<String> cells = tr.children().eachText();
      if (cells.subList(0, key.length).equals(List.of(key))) {
        return cells;
      }
    }
    throw new AssertionError("no row " + List.of(key) + " in " + table);
  }

  private static Element summaryRow(String section, String study, String scale, String course) {
    for (Element tr : doc.select("section#" + section + " table.survival-summary tbody tr")) {
      if (tr.child(0).text().equals(study)
          && tr.child(1).text().equals(scale)
          && tr.child(2).text().equals(course)) {
        return tr;
      }
    }
    throw new AssertionError("no summary row " + study + " " + scale + " " + course);
  }

  private static List<String> figureIds(String kind) {
    return doc.select("div.plot[id^=fig-" + kind + "-]").eachAttr("id");
  }

  private static JsonNode figure(String id) throws Exception {
    Element spec = doc.selectFirst("script.plot-spec[data-for=" + id + "]");
    return JSON.readTree(spec.data());
  }

  private static List<KmRow> kmRows(
      String study, String scale, int course, double[] t, boolean[] e) {
    KmCurve curve = KaplanMeier.estimate(t, e, ConfType.LOG);
    List<KmRow> rows = new ArrayList<>();
    for (KmStep s : curve.steps()) {
      rows.add(
          new KmRow(
              study,
              scale,
              course,
              s.time(),
              s.nRisk(),
              s.nEvent(),
              s.nCensor(),
              s.survival(),
              s.stdErr(),
              s.ciLow(),
              s.ciHigh()));
    }
    return rows;
  }

  private static ReportData withDurabilityKm(List<KmRow> km) {
    ReportData d = ReportFixtures.realistic();
    return ReportDataCopy.runOnly(d)
        .landmarkDays(d.landmarkDays())
        .durability(List.of(), km)
        .quality(d.quality())
        .build();
  }

  private static ReportData replaceQuality(ReportData d, QualityReport q) {
    return withoutFlowAndSafety(d).quality(q).build();
  }

  /** A copy of {@code d} without population flow, waterfall, minimum cell size or safety tables. */
  private static ReportDataCopy withoutFlowAndSafety(ReportData d) {
    return ReportDataCopy.of(d)
        .flowAndWaterfall(List.of(), List.of())
        .minCellSize(null)
        .safety(SafetyTables.empty());
  }

  private static ReportData replaceConfig(ReportData d, Map<String, Object> config) {
    RunInfo r = d.run();
    RunInfo run =
        new RunInfo(
            r.runId(),
            r.toolVersion(),
            r.gitCommit(),
            r.filesRead(),
            r.recordsRead(),
            r.recordsRejected(),
            r.studies(),
            config);
    return withoutFlowAndSafety(d).run(run).build();
  }
}
