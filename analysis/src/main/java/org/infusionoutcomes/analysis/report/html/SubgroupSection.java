package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.report.SubgroupRow;

/**
 * "Who responds": response by course factor level with the difference to the reference level, as
 * forest plots (course 1, OC analysis, per study and scale) and one table of every row. Labelled
 * descriptive and unadjusted: levels are compared one factor at a time, nothing is modelled.
 */
final class SubgroupSection {
  static final String ID = "subgroups";
  static final String TITLE = "10. Who responds: subgroups (descriptive, unadjusted)";

  private SubgroupSection() {}

  private record Plot(String studyId, String scale) {}

  static String render(List<SubgroupRow> rows, Integer minCellSize, Figures figures) {
    List<String> method = new ArrayList<>();
    method.add(
        "Descriptive and unadjusted. Response rate per level of one course factor at a time"
            + " (95% Wilson interval), and its difference to the reference level — the level"
            + " with the most courses — with Newcombe's hybrid score 95% interval. Levels are"
            + " not adjusted for each other, for study or for anything else; overlapping"
            + " factors (dose and titration, site and arm) are confounded. A level of"
            + " \"missing\" holds the courses whose value is unknown.");
    method.add(
        "The plots show course 1 under the OC analysis; the table lists every study, scale,"
            + " course number and analysis (OC and NRI).");
    if (minCellSize != null) {
      method.add(
          "Shared with min_cell_size "
              + minCellSize
              + ": a count below "
              + minCellSize
              + ", and every count that would give one away (through the other levels of the"
              + " factor, the rates table or the pooled row), reads "
              + Formats.suppressedCount()
              + "; a rate, interval or difference computed from such a count reads "
              + Formats.SUPPRESSED
              + " and has no point in the plot.");
    }
    Markup m = Markup.section(ID, TITLE, method.toArray(String[]::new));
    if (rows.isEmpty()) {
      return m.closeEmpty(
          "No course has factors (derived/course_factors is absent or empty), so there are no"
              + " subgroups to show.");
    }
    Map<Plot, List<SubgroupRow>> plots = new LinkedHashMap<>();
    for (SubgroupRow r : rows) {
      if (r.courseNumber() == 1 && "OC".equals(r.analysis())) {
        plots.computeIfAbsent(new Plot(r.studyId(), r.scale()), k -> new ArrayList<>()).add(r);
      }
    }
    m.open("div", "class", "cards").newline();
    for (Map.Entry<Plot, List<SubgroupRow>> p : plots.entrySet()) {
      String title =
          Labels.study(p.getKey().studyId()) + ", " + p.getKey().scale() + ", course 1, OC";
      m.open("div", "class", "card").newline();
      m.element("h3", title).newline();
      m.raw(
          figures.place(
              "forest",
              "Forest plot of response differences to the reference level: " + title,
              forest(p.getValue())));
      m.close("div").newline();
    }
    m.close("div").newline();
    m.raw(table(rows));
    return m.close("section").newline().toString();
  }

  private static ObjectNode forest(List<SubgroupRow> rows) {
    List<String> labels = new ArrayList<>();
    List<Double> diffs = new ArrayList<>();
    List<Double> plus = new ArrayList<>();
    List<Double> minus = new ArrayList<>();
    List<String> hover = new ArrayList<>();
    for (SubgroupRow r : rows) {
      labels.add(r.factor() + ": " + r.level() + " (n " + Formats.count(r.n()) + ")");
      diffs.add(r.responseDiff());
      boolean interval = r.responseDiffCiLow() != null && r.responseDiff() != null;
      plus.add(interval ? r.responseDiffCiHigh() - r.responseDiff() : null);
      minus.add(interval ? r.responseDiff() - r.responseDiffCiLow() : null);
      hover.add(
          r.factor()
              + " = "
              + r.level()
              + "\nresponse "
              + Formats.fraction(r.responders(), r.n())
              + " = "
              + responseRate(r)
              + "\n"
              + (r.level().equals(r.referenceLevel())
                  ? "reference level"
                  : "difference to " + r.referenceLevel() + ": " + difference(r)));
    }
    ObjectNode trace = ChartJson.NODES.objectNode();
    trace.put("type", "scatter");
    trace.put("mode", "markers");
    trace.put("name", "difference in response rate (95% CI)");
    trace.set("x", ChartJson.numbers(diffs));
    trace.set("y", ChartJson.texts(labels));
    ObjectNode error = trace.putObject("error_x");
    error.put("type", "data");
    error.put("symmetric", false);
    error.set("array", ChartJson.numbers(plus));
    error.set("arrayminus", ChartJson.numbers(minus));
    error.put("color", ChartJson.color(0));
    trace.putObject("marker").put("color", ChartJson.color(0)).put("size", 8);
    ChartJson.hoverText(trace, hover);
    ArrayNode data = ChartJson.NODES.arrayNode();
    data.add(trace);
    ObjectNode layout = ChartJson.layout(Math.max(240, 60 + 22 * rows.size()));
    ObjectNode x = ChartJson.axis("Response rate minus the reference level's (descriptive)");
    x.set("range", ChartJson.NODES.arrayNode().add(-1.05).add(1.05));
    x.put("tickformat", ".0%");
    layout.set("xaxis", x);
    ObjectNode y = ChartJson.axis("");
    y.put("autorange", "reversed");
    y.put("automargin", true);
    layout.set("yaxis", y);
    ArrayNode shapes = layout.putArray("shapes");
    ObjectNode zero = shapes.addObject();
    zero.put("type", "line");
    zero.put("x0", 0).put("x1", 0).put("yref", "paper").put("y0", 0).put("y1", 1);
    zero.putObject("line").put("color", "#9aa3af").put("dash", "dot");
    layout.put("showlegend", false);
    return ChartJson.figure(data, layout);
  }

  private static String table(List<SubgroupRow> rows) {
    Markup m = new Markup();
    m.open("details").newline();
    m.element("summary", "Every subgroup row (" + Formats.count(rows.size()) + ")");
    m.openTable(
        "rates subgroups",
        "Response and remission per factor level with 95% Wilson intervals; difference in"
            + " response rate to the reference level with Newcombe's hybrid score 95% interval."
            + " Descriptive and unadjusted.",
        List.of("Study", "Scale", "Course", "Analysis", "Factor", "Level"),
        List.of(
            "n",
            "Response rate (95% CI)",
            "Remission rate (95% CI)",
            "Reference",
            "Difference in response (95% CI)"));
    for (SubgroupRow r : rows) {
      m.open("tr");
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.element("td", r.scale());
      m.num(Integer.toString(r.courseNumber()));
      m.element("td", r.analysis());
      m.element("td", r.factor());
      m.element("td", r.level());
      m.num(Formats.count(r.n()));
      m.num(Formats.fraction(r.responders(), r.n()) + " " + responseRate(r));
      m.num(
          Formats.fraction(r.remitters(), r.n())
              + " "
              + (r.suppressed().contains("remission_rate")
                  ? Formats.SUPPRESSED
                  : Formats.percentWithInterval(
                      r.remissionRate(), r.remissionCiLow(), r.remissionCiHigh())));
      m.num(r.referenceLevel());
      m.num(r.level().equals(r.referenceLevel()) ? "reference" : difference(r));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    m.close("details").newline();
    return m.toString();
  }

  /** The response rate with its interval, or "suppressed". */
  private static String responseRate(SubgroupRow r) {
    return r.suppressed().contains("response_rate")
        ? Formats.SUPPRESSED
        : Formats.percentWithInterval(r.responseRate(), r.responseCiLow(), r.responseCiHigh());
  }

  /** The difference to the reference level in points with its interval, or "suppressed". */
  private static String difference(SubgroupRow r) {
    return r.suppressed().contains("response_diff")
        ? Formats.SUPPRESSED
        : Formats.decimal(r.responseDiff() == null ? null : r.responseDiff() * 100, 1)
            + " points "
            + Formats.percentInterval(r.responseDiffCiLow(), r.responseDiffCiHigh());
  }
}
