package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.infusionoutcomes.analysis.report.Definitions;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;

/** Section 2: responders and remitters per report group and analysis, with Wilson intervals. */
final class ResponseSection {
  static final String ID = "response";
  static final String TITLE = "3. Response and remission";

  private ResponseSection() {}

  /** One group of bars: a study and course number within a scale. */
  private record Group(String studyId, int courseNumber) {}

  /** Which measure a chart shows. */
  private record Measure(
      String name,
      Function<ResponseRemissionRow, Integer> count,
      Function<ResponseRemissionRow, Double> rate,
      Function<ResponseRemissionRow, Double> low,
      Function<ResponseRemissionRow, Double> high) {}

  private static final Measure RESPONSE =
      new Measure(
          "response",
          ResponseRemissionRow::responders,
          ResponseRemissionRow::responseRate,
          ResponseRemissionRow::responseCiLow,
          ResponseRemissionRow::responseCiHigh);
  private static final Measure REMISSION =
      new Measure(
          "remission",
          ResponseRemissionRow::remitters,
          ResponseRemissionRow::remissionRate,
          ResponseRemissionRow::remissionCiLow,
          ResponseRemissionRow::remissionCiHigh);

  static String render(ReportData data, Figures figures) {
    List<ResponseRemissionRow> rows = HtmlReport.list(data.responseRemission());
    Definitions defs = data.definitions();
    List<String> method = new ArrayList<>();
    method.add(
        "Denominator n: ITT courses of the report group that count under the analysis"
            + " (OC: courses with an observed endpoint; LOCF: courses with any post-baseline"
            + " score; NRI: all ITT courses, a missing endpoint counting as neither response"
            + " nor remission). Responders and remitters are shown as x/n; rates with 95%"
            + " Wilson score intervals. A rate of \"—\" means n = 0.");
    if (defs != null) {
      method.add("Response: " + nullToDash(defs.response()));
      for (Map.Entry<String, String> e : Labels.entries(defs.remissionByScale())) {
        method.add("Remission, " + e.getKey() + ": " + nullToDash(e.getValue()));
      }
    }
    Markup m = Markup.section(ID, TITLE, method.toArray(String[]::new));
    if (rows.isEmpty()) {
      return m.closeEmpty("No report group has an ITT course, so there are no rates to show.");
    }
    m.raw(charts(rows, figures));
    m.raw(table(rows, defs));
    m.raw(WaterfallSection.render(data, figures));
    m.close("section").newline();
    return m.toString();
  }

  private static String table(List<ResponseRemissionRow> rows, Definitions defs) {
    Map<String, String> analysisTitles = new LinkedHashMap<>();
    if (defs != null) {
      Labels.entries(defs.endpoints()).forEach(e -> analysisTitles.put(e.getKey(), e.getValue()));
    }
    Markup m = new Markup();
    m.openTable(
        "rates",
        "Responders and remitters per study, scale, course number and analysis; 95% Wilson score"
            + " intervals in brackets.",
        List.of("Study", "Scale", "Course", "Analysis"),
        List.of(
            "n", "Responders", "Response rate (95% CI)", "Remitters", "Remission rate (95% CI)"));
    String previous = null;
    for (ResponseRemissionRow r : rows) {
      String group = r.studyId() + "\u0000" + r.scale() + "\u0000" + r.courseNumber();
      m.open("tr", "class", previous != null && !group.equals(previous) ? "group-start" : null);
      previous = group;
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.element("td", r.scale());
      m.num(Integer.toString(r.courseNumber()));
      m.open("td");
      String title = analysisTitles.get(r.analysis());
      if (title != null) {
        m.element("abbr", r.analysis(), "title", title);
      } else {
        m.text(r.analysis());
      }
      m.close("td");
      m.num(Formats.count(r.n()));
      m.num(Formats.fraction(r.responders(), r.n()));
      m.num(
          r.suppressed().contains("response_rate")
              ? Formats.SUPPRESSED
              : Formats.percentWithInterval(
                  r.responseRate(), r.responseCiLow(), r.responseCiHigh()));
      m.num(Formats.fraction(r.remitters(), r.n()));
      m.num(
          r.suppressed().contains("remission_rate")
              ? Formats.SUPPRESSED
              : Formats.percentWithInterval(
                  r.remissionRate(), r.remissionCiLow(), r.remissionCiHigh()));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    return m.toString();
  }

  /** Per scale, a response chart and a remission chart: bars per analysis, grouped by course. */
  private static String charts(List<ResponseRemissionRow> rows, Figures figures) {
    Map<String, List<ResponseRemissionRow>> byScale = new LinkedHashMap<>();
    Set<String> analyses = new LinkedHashSet<>();
    for (ResponseRemissionRow r : rows) {
      byScale.computeIfAbsent(r.scale(), k -> new ArrayList<>()).add(r);
      analyses.add(r.analysis());
    }
    List<String> analysisOrder = new ArrayList<>(analyses);
    Markup m = new Markup();
    m.open("div", "class", "cards").newline();
    for (Map.Entry<String, List<ResponseRemissionRow>> e : byScale.entrySet()) {
      for (Measure measure : List.of(RESPONSE, REMISSION)) {
        String title = e.getKey() + " — " + measure.name() + " rate by study and course";
        m.open("div", "class", "card").newline();
        m.element("h3", title).newline();
        m.raw(figures.place(measure.name(), title, bars(e.getValue(), measure, analysisOrder)));
        m.note(
            "Bars: rate in % of n; whiskers: 95% Wilson score interval. Hover a bar for x/n."
                + (Formats.minCellSize() == null
                    ? ""
                    : " A missing bar is a suppressed rate (fewer than "
                        + Formats.minCellSize()
                        + " courses, or it would reveal such a count)."));
        m.close("div").newline();
      }
    }
    m.close("div").newline();
    return m.toString();
  }

  private static ObjectNode bars(
      List<ResponseRemissionRow> rows, Measure measure, List<String> analysisOrder) {
    List<Group> groups = new ArrayList<>();
    for (ResponseRemissionRow r : rows) {
      Group g = new Group(r.studyId(), r.courseNumber());
      if (!groups.contains(g)) {
        groups.add(g);
      }
    }
    ArrayNode data = ChartJson.NODES.arrayNode();
    for (int a = 0; a < analysisOrder.size(); a++) {
      String analysis = analysisOrder.get(a);
      List<Double> y = new ArrayList<>();
      List<Double> plus = new ArrayList<>();
      List<Double> minus = new ArrayList<>();
      List<String> hover = new ArrayList<>();
      boolean any = false;
      for (Group g : groups) {
        ResponseRemissionRow r = find(rows, g, analysis);
        Double rate = r == null ? null : measure.rate().apply(r);
        if (r != null) {
          any = true;
        }
        y.add(rate == null ? null : rate * 100);
        plus.add(diff(measure.high().apply(orEmpty(r)), rate));
        minus.add(diff(rate, measure.low().apply(orEmpty(r))));
        boolean hidden = r != null && r.suppressed().contains(measure.name() + "_rate");
        hover.add(
            r == null
                ? ""
                : hidden
                    ? Labels.study(g.studyId())
                        + " · "
                        + Labels.course(g.courseNumber())
                        + " · "
                        + analysis
                        + "\n"
                        + measure.name()
                        + " rate suppressed (fewer than "
                        + Formats.minCellSize()
                        + " courses, or it would reveal such a count)"
                    : Labels.study(g.studyId())
                        + " · "
                        + Labels.course(g.courseNumber())
                        + " · "
                        + analysis
                        + "\n"
                        + Formats.fraction(measure.count().apply(r), r.n())
                        + " in "
                        + measure.name()
                        + " = "
                        + Formats.percent(rate)
                        + " (95% CI "
                        + Formats.percentRange(measure.low().apply(r), measure.high().apply(r))
                        + ")");
      }
      if (!any) {
        continue;
      }
      ObjectNode t = data.addObject();
      t.put("type", "bar");
      t.put("name", ChartJson.text(analysis));
      // one label per bar group naming study and course: a two-level axis drops the study
      // label when the chart is narrow
      ArrayNode x = t.putArray("x");
      for (Group g : groups) {
        x.add(
            ChartJson.text(Labels.study(g.studyId()))
                + "<br>"
                + ChartJson.text(Labels.course(g.courseNumber())));
      }
      t.set("y", ChartJson.numbers(y));
      ChartJson.hoverText(t, hover);
      t.put("textposition", "none");
      ObjectNode marker = t.putObject("marker");
      marker.put("color", ChartJson.color(a));
      ObjectNode err = t.putObject("error_y");
      err.put("type", "data");
      err.put("symmetric", false);
      err.set("array", ChartJson.numbers(plus));
      err.set("arrayminus", ChartJson.numbers(minus));
      err.put("color", "#303846");
      err.put("thickness", 1.2);
      err.put("width", 4);
    }
    ObjectNode layout = ChartJson.layout(360);
    layout.put("barmode", "group");
    ObjectNode xaxis = ChartJson.axis("");
    xaxis.remove("title");
    xaxis.put("type", "category");
    xaxis.put("automargin", true);
    layout.set("xaxis", xaxis);
    ObjectNode yaxis = ChartJson.axis("% of n (95% Wilson CI)");
    yaxis.putArray("range").add(0).add(100);
    yaxis.put("ticksuffix", "%");
    layout.set("yaxis", yaxis);
    return ChartJson.figure(data, layout);
  }

  private static final ResponseRemissionRow EMPTY =
      new ResponseRemissionRow(
          "", "", 0, "", 0, 0, null, null, null, 0, null, null, null, List.of());

  private static ResponseRemissionRow orEmpty(ResponseRemissionRow r) {
    return r == null ? EMPTY : r;
  }

  private static Double diff(Double a, Double b) {
    return a == null || b == null ? null : (a - b) * 100;
  }

  private static ResponseRemissionRow find(
      List<ResponseRemissionRow> rows, Group g, String analysis) {
    for (ResponseRemissionRow r : rows) {
      if (Objects.equals(r.studyId(), g.studyId())
          && r.courseNumber() == g.courseNumber()
          && Objects.equals(r.analysis(), analysis)) {
        return r;
      }
    }
    return null;
  }

  private static String nullToDash(String s) {
    return s == null ? Formats.MISSING : s;
  }
}
