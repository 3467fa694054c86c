package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.Waterfall;
import org.infusionoutcomes.analysis.report.WaterfallBar;

/**
 * The waterfall charts (docs/decisions.md, "Waterfall"), part of section 3: per scale, one bar per
 * ITT course with an OC endpoint, its percent change from baseline, sorted from the largest
 * increase to the largest decrease, with the response threshold drawn. Responders and remitters
 * differ by fill pattern as well as colour, and the legend names each.
 */
final class WaterfallSection {
  private WaterfallSection() {}

  /** One kind of bar: its legend text, colour and fill pattern. */
  private record Kind(String name, String color, String pattern) {}

  private static final Kind BOTH = new Kind("Responder and remitter", "#0072B2", "x");
  private static final Kind RESPONDER = new Kind("Responder, not remitter", "#56B4E9", "/");
  private static final Kind REMITTER = new Kind("Remitter, not responder", "#009E73", ".");
  private static final Kind NEITHER = new Kind("Neither", "#9aa3af", "");
  private static final List<Kind> KINDS = List.of(BOTH, RESPONDER, REMITTER, NEITHER);

  static String render(ReportData data, Figures figures) {
    List<Waterfall> waterfalls = HtmlReport.list(data.waterfall());
    double threshold = -100 * responseFraction(data);
    Markup m = new Markup();
    m.element("h3", "Waterfall: percent change at the OC endpoint, every ITT course").newline();
    m.note(
        "One bar per ITT course with an observed endpoint, all studies and course numbers of"
            + " the scale together, sorted from the largest increase to the largest decrease."
            + " The dashed line is the response threshold ("
            + Formats.decimal(threshold, 0)
            + "%): bars at or below it are responders. Fill patterns tell responders and"
            + " remitters apart without colour. ITT courses without an OC endpoint have no"
            + " bar; they are counted under the chart.");
    if (waterfalls.isEmpty()) {
      m.element("p", "No ITT course, so there is no waterfall to show.", "class", "empty");
      return m.toString();
    }
    m.open("div", "class", "cards").newline();
    for (Waterfall w : waterfalls) {
      String title = w.scale() + " — waterfall of percent change from baseline";
      m.open("div", "class", "card").newline();
      m.element("h4", title).newline();
      if (w.suppressed().contains("bars") || w.bars().isEmpty()) {
        m.element(
                "p",
                !w.suppressed().contains("bars")
                    ? "No ITT course of this scale has an OC endpoint."
                    : "Not shown: it would reveal a count below "
                        + Formats.minCellSize()
                        + " (min_cell_size).",
                "class",
                "empty")
            .newline();
      } else {
        m.raw(figures.place("waterfall", title, figure(w, threshold)));
        if (w.bars().stream().anyMatch(b -> b.courses() > 1)) {
          m.note(
              "Small-cell suppression: each bar is the mean of a block of at least "
                  + Formats.minCellSize()
                  + " consecutive courses in sorted order, so that no small group of courses"
                  + " can be counted off the chart; responders and remitters are counted"
                  + " below.");
        }
      }
      m.note(
          "ITT courses: "
              + Formats.count(w.ittCourses())
              + "; with an OC endpoint (bars): "
              + Formats.count(w.evaluable())
              + "; responders: "
              + Formats.count(w.responders())
              + "; remitters: "
              + Formats.count(w.remitters())
              + ".");
      m.close("div").newline();
    }
    m.close("div").newline();
    return m.toString();
  }

  private static double responseFraction(ReportData data) {
    Object f = data.run() == null ? null : data.run().config().get("response_fraction");
    return f instanceof Number n ? n.doubleValue() : 0.5;
  }

  private static Kind kind(WaterfallBar b) {
    if (b.responder()) {
      return b.remitter() ? BOTH : RESPONDER;
    }
    return b.remitter() ? REMITTER : NEITHER;
  }

  private static ObjectNode figure(Waterfall w, double threshold) {
    List<WaterfallBar> bars = w.bars();
    ArrayNode data = ChartJson.NODES.arrayNode();
    boolean blocks = bars.stream().anyMatch(b -> b.courses() > 1);
    if (blocks) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<String> hover = new ArrayList<>();
      for (int i = 0; i < bars.size(); i++) {
        x.add((double) i + 1);
        y.add(bars.get(i).pctChange());
        hover.add(
            "mean of "
                + bars.get(i).courses()
                + " consecutive courses: "
                + Formats.decimal(bars.get(i).pctChange(), 1)
                + "%");
      }
      ObjectNode t = data.addObject();
      t.put("type", "bar");
      t.put("name", ChartJson.text("Mean of a block of consecutive courses"));
      t.put("showlegend", true);
      t.set("x", ChartJson.numbers(x));
      t.set("y", ChartJson.numbers(y));
      ChartJson.hoverText(t, hover);
      t.put("textposition", "none");
      t.putObject("marker").put("color", NEITHER.color());
    }
    for (Kind kind : blocks ? List.<Kind>of() : KINDS) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<String> hover = new ArrayList<>();
      for (int i = 0; i < bars.size(); i++) {
        WaterfallBar b = bars.get(i);
        if (kind(b) != kind) {
          continue;
        }
        x.add((double) i + 1);
        y.add(b.pctChange());
        hover.add(
            (b.studyId() == null
                    ? ""
                    : Labels.study(b.studyId()) + " · " + Labels.course(b.courseNumber()) + "\n")
                + Formats.decimal(b.pctChange(), 1)
                + "% change from baseline\n"
                + kind.name());
      }
      if (x.isEmpty()) {
        continue;
      }
      ObjectNode t = data.addObject();
      t.put("type", "bar");
      t.put("name", ChartJson.text(kind.name() + " (" + x.size() + ")"));
      t.put("showlegend", true);
      t.set("x", ChartJson.numbers(x));
      t.set("y", ChartJson.numbers(y));
      ChartJson.hoverText(t, hover);
      t.put("textposition", "none");
      ObjectNode marker = t.putObject("marker");
      marker.put("color", kind.color());
      marker.putObject("line").put("color", "#1d2330").put("width", bars.size() > 150 ? 0 : 0.6);
      if (!kind.pattern().isEmpty()) {
        ObjectNode pattern = marker.putObject("pattern");
        pattern.put("shape", kind.pattern());
        pattern.put("fgcolor", "#1d2330");
        pattern.put("size", 6);
        pattern.put("solidity", 0.35);
      }
    }
    ObjectNode layout = ChartJson.layout(340);
    layout.put("bargap", bars.size() > 60 ? 0 : 0.15);
    layout.put("barmode", "overlay");
    ObjectNode xaxis =
        ChartJson.axis(
            blocks
                ? "Blocks of consecutive courses, sorted by percent change"
                : "Courses, sorted by percent change (n = " + bars.size() + ")");
    xaxis.put("showticklabels", false);
    xaxis.put("ticks", "");
    xaxis.putArray("range").add(0.5).add(bars.size() + 0.5);
    layout.set("xaxis", xaxis);
    ObjectNode yaxis = ChartJson.axis("% change from baseline");
    yaxis.put("ticksuffix", "%");
    yaxis.put("zeroline", true);
    yaxis.put("zerolinecolor", "#1d2330");
    layout.set("yaxis", yaxis);
    ArrayNode shapes = layout.putArray("shapes");
    ObjectNode line = shapes.addObject();
    line.put("type", "line");
    line.put("xref", "paper");
    line.put("x0", 0);
    line.put("x1", 1);
    line.put("y0", threshold);
    line.put("y1", threshold);
    line.putObject("line").put("color", "#D55E00").put("width", 1.5).put("dash", "dash");
    ObjectNode note = layout.putArray("annotations").addObject();
    note.put("xref", "paper");
    note.put("x", 1);
    note.put("xanchor", "right");
    note.put("y", threshold);
    note.put("yanchor", "bottom");
    note.put("showarrow", false);
    note.put("text", ChartJson.text("response threshold " + Formats.decimal(threshold, 0) + "%"));
    note.putObject("font").put("color", "#D55E00").put("size", 11);
    note.put("bgcolor", "rgba(255,255,255,0.85)");
    return ChartJson.figure(data, layout);
  }
}
