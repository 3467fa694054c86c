package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.infusionoutcomes.analysis.report.Definitions;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;

/**
 * Sections 3 and 4: Kaplan-Meier curves with their confidence band, censoring marks and an at-risk
 * table per (study, scale), one curve per course number; then the summary table.
 */
final class SurvivalSection {
  private SurvivalSection() {}

  /** The words that differ between the two time-to-event endpoints. */
  record Endpoint(
      String id,
      String title,
      String figureKind,
      String state,
      String xTitle,
      String events,
      String origin) {}

  static final Endpoint DURABILITY =
      new Endpoint(
          "durability",
          "4. Durability of response",
          "durability",
          "Still in response",
          "Days since the last infusion of the course",
          "relapses",
          "last infusion of the course");
  static final Endpoint TIME_TO_RESPONSE =
      new Endpoint(
          "time-to-response",
          "5. Time to response",
          "time-to-response",
          "Not yet responded",
          "Days since the first infusion of the course",
          "responses",
          "first infusion of the course");

  static final Endpoint TIME_TO_REMISSION =
      new Endpoint(
          "time-to-remission",
          "12. Time to remission",
          "time-to-remission",
          "Not yet remitted",
          "Days since the first infusion of the course",
          "remissions",
          "first infusion of the course");

  private record StudyScale(String studyId, String scale) {}

  static String render(
      Endpoint endpoint,
      List<SurvivalSummaryRow> summary,
      List<KmRow> km,
      List<Integer> landmarkDays,
      Definitions defs,
      Figures figures) {
    Markup m = new Markup();
    m.open("section", "id", endpoint.id()).newline();
    m.element("h2", endpoint.title()).newline();
    m.raw(method(endpoint, defs));
    if (km.isEmpty() && summary.isEmpty()) {
      return m.closeEmpty(
          "No report group has a course for this endpoint, so there is no curve to show.");
    }
    m.raw(curves(endpoint, km, landmarkDays, figures));
    m.raw(summaryTable(endpoint, summary, landmarkDays));
    m.close("section").newline();
    return m.toString();
  }

  private static String method(Endpoint e, Definitions defs) {
    Markup m = new Markup();
    m.open("div", "class", "method").newline();
    if (e == DURABILITY) {
      m.element(
              "p",
              "Population (n): OC responders of the report group. Day 0: the last infusion of the"
                  + " course. Event: relapse — "
                  + (defs == null ? Formats.MISSING : defs.relapse())
                  + " Censored: no relapse by the last follow-up assessment (or by the endpoint"
                  + " when there is no follow-up), or a next course started first.")
          .newline();
    } else if (e == TIME_TO_REMISSION) {
      m.element(
              "p",
              "Population (n): ITT courses with at least one post-baseline assessment in the"
                  + " course. Day 0: the first infusion of the course. Event: the first"
                  + " assessment meeting remission ("
                  + (defs == null
                      ? Formats.MISSING
                      : String.join("; ", defs.remissionByScale().values()))
                  + ") up to the end of the endpoint window. Censored at the last such"
                  + " assessment.")
          .newline();
    } else {
      m.element(
              "p",
              "Population (n): ITT courses with at least one post-baseline assessment in the"
                  + " course. Day 0: the first infusion of the course. Event: the first"
                  + " assessment meeting response ("
                  + (defs == null ? Formats.MISSING : defs.response())
                  + ") up to the end of the endpoint window. Censored at the last such"
                  + " assessment.")
          .newline();
    }
    m.element(
            "p",
            "Curves: Kaplan–Meier estimate of the proportion "
                + e.state().toLowerCase(java.util.Locale.ROOT)
                + "; shaded band: pointwise 95% CI; vertical ticks: censored courses; dotted"
                + " line: 50%. "
                + (defs == null ? "" : defs.confidenceIntervals()))
        .newline();
    m.element(
            "p",
            "Median and quartiles are days by which 50% (Q1: 25%, Q3: 75%) of the courses had"
                + " the event. \""
                + Formats.NOT_REACHED
                + "\": the curve never falls that far; \""
                + Formats.NR
                + "\": an interval limit the band never reaches. A landmark of \""
                + Formats.MISSING
                + "\" lies beyond the group's last observed day. Number at risk: courses still"
                + " followed and event-free at the start of the day.")
        .newline();
    m.close("div").newline();
    return m.toString();
  }

  private static String curves(
      Endpoint e, List<KmRow> km, List<Integer> landmarkDays, Figures figures) {
    Map<StudyScale, Map<Integer, List<KmRow>>> groups = new LinkedHashMap<>();
    for (KmRow r : km) {
      groups
          .computeIfAbsent(new StudyScale(r.studyId(), r.scale()), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.courseNumber(), k -> new ArrayList<>())
          .add(r);
    }
    List<Double> days = atRiskDays(landmarkDays);
    Markup m = new Markup();
    String container = e.figureKind() + "-cards";
    m.raw(
        StudySelector.render(
            container, groups.keySet().stream().map(StudyScale::studyId).toList()));
    m.open("div", "class", "cards", "id", container).newline();
    for (Map.Entry<StudyScale, Map<Integer, List<KmRow>>> g : groups.entrySet()) {
      Map<Integer, List<KmRow>> curves = new LinkedHashMap<>();
      g.getValue()
          .forEach(
              (course, rows) -> {
                List<KmRow> sorted = new ArrayList<>(rows);
                sorted.sort(Comparator.comparingDouble(KmRow::timeDays));
                curves.put(course, sorted);
              });
      String title = Labels.studyScale(g.getKey().studyId(), g.getKey().scale());
      m.open("div", "class", "card", StudySelector.ATTRIBUTE, g.getKey().studyId()).newline();
      m.element("h3", title).newline();
      m.raw(figures.place(e.figureKind(), e.title() + ": " + title, figure(e, curves)));
      m.raw(atRiskTable(curves, days));
      m.close("div").newline();
    }
    m.close("div").newline();
    return m.toString();
  }

  /** Day 0 and the landmark days, ascending, without repeats. */
  static List<Double> atRiskDays(List<Integer> landmarkDays) {
    TreeSet<Double> days = new TreeSet<>();
    days.add(0.0);
    landmarkDays.forEach(d -> days.add(d.doubleValue()));
    return new ArrayList<>(days);
  }

  private static String atRiskTable(Map<Integer, List<KmRow>> curves, List<Double> days) {
    Markup m = new Markup();
    m.openTable(
        "at-risk", "Number at risk", List.of("Day"), days.stream().map(Formats::days).toList());
    for (Map.Entry<Integer, List<KmRow>> c : curves.entrySet()) {
      m.open("tr").open("th", "scope", "row");
      m.open("span", "class", "swatch sw-" + ChartJson.swatch(c.getKey() - 1)).close("span");
      m.text(Labels.course(c.getKey())).close("th");
      for (double d : days) {
        m.num(Formats.atRisk(AtRisk.at(c.getValue(), d)));
      }
      m.close("tr").newline();
    }
    m.closeTable().newline();
    return m.toString();
  }

  private static ObjectNode figure(Endpoint e, Map<Integer, List<KmRow>> curves) {
    ArrayNode data = ChartJson.NODES.arrayNode();
    double maxTime = 0;
    for (Map.Entry<Integer, List<KmRow>> c : curves.entrySet()) {
      int course = c.getKey();
      List<KmRow> rows = c.getValue();
      int color = course - 1;
      String group = "course-" + course;
      String courseLabel = Labels.course(course);
      List<Double> x = new ArrayList<>(List.of(0.0));
      List<Double> s = new ArrayList<>(List.of(1.0));
      List<Double> low = new ArrayList<>(List.of(1.0));
      List<Double> high = new ArrayList<>(List.of(1.0));
      List<String> hover = new ArrayList<>();
      int n = rows.isEmpty() ? 0 : rows.get(0).nRisk();
      hover.add(courseLabel + " · day 0\n" + e.state() + ": 100.0%\nat risk " + Formats.count(n));
      List<Double> censorX = new ArrayList<>();
      List<Double> censorY = new ArrayList<>();
      List<String> censorHover = new ArrayList<>();
      for (KmRow r : rows) {
        x.add(r.timeDays());
        s.add(r.survival());
        low.add(r.ciLow());
        high.add(r.ciHigh());
        maxTime = Math.max(maxTime, r.timeDays());
        String point = courseLabel + " · day " + Formats.days(r.timeDays());
        hover.add(
            point
                + "\n"
                + e.state()
                + ": "
                + Formats.percent(r.survival())
                + " (95% CI "
                + Formats.percentRange(r.ciLow(), r.ciHigh())
                + ")\nat risk "
                + Formats.count(r.nRisk())
                + " · "
                + e.events()
                + " "
                + Formats.count(r.nEvent())
                + " · censored "
                + Formats.count(r.nCensor()));
        if (r.nCensor() > 0) {
          censorX.add(r.timeDays());
          censorY.add(r.survival());
          censorHover.add(point + ": " + Formats.count(r.nCensor()) + " censored");
        }
      }
      band(data, x, low, group, color, false);
      band(data, x, high, group, color, true);
      ObjectNode curve =
          trace(data, "lines", courseLabel + " (n = " + Formats.count(n) + ")", group, true);
      points(curve, x, s);
      ObjectNode line = curve.putObject("line");
      line.put("shape", "hv");
      line.put("width", 2.2);
      line.put("color", ChartJson.color(color));
      ChartJson.hoverText(curve, hover);
      if (!censorX.isEmpty()) {
        ObjectNode marks = trace(data, "markers", courseLabel + ", censored", group, false);
        points(marks, censorX, censorY);
        ObjectNode marker = marks.putObject("marker");
        marker.put("symbol", "line-ns-open");
        marker.put("size", 11);
        marker.put("color", ChartJson.color(color));
        marker.putObject("line").put("width", 1.6).put("color", ChartJson.color(color));
        ChartJson.hoverText(marks, censorHover);
      }
    }
    ObjectNode layout = ChartJson.layout(340);
    ObjectNode xaxis = ChartJson.axis(e.xTitle());
    xaxis.putArray("range").add(0).add(maxTime > 0 ? maxTime * 1.03 : 1);
    if (maxTime <= 42) {
      xaxis.put("dtick", 7);
    } else if (maxTime <= 112) {
      xaxis.put("dtick", 14);
    } else if (maxTime <= 224) {
      xaxis.put("dtick", 28);
    }
    layout.set("xaxis", xaxis);
    ObjectNode yaxis = ChartJson.axis(e.state() + " (95% CI)");
    yaxis.putArray("range").add(0).add(1.04);
    yaxis.put("tickformat", ".0%");
    yaxis.put("dtick", 0.25);
    layout.set("yaxis", yaxis);
    ObjectNode median = layout.putArray("shapes").addObject();
    median.put("type", "line");
    median.put("xref", "paper");
    median.put("x0", 0);
    median.put("x1", 1);
    median.put("y0", 0.5);
    median.put("y1", 0.5);
    median.put("layer", "below");
    median.putObject("line").put("color", "#8a93a0").put("width", 1).put("dash", "dot");
    return ChartJson.figure(data, layout);
  }

  /**
   * Appends a scatter trace of the legend group {@code group} to {@code data} and returns it, with
   * its type, mode, name (none when null) and group set, kept out of the legend unless {@code
   * legend}.
   */
  private static ObjectNode trace(
      ArrayNode data, String mode, String name, String group, boolean legend) {
    ObjectNode t = data.addObject();
    t.put("type", "scatter");
    t.put("mode", mode);
    if (name != null) {
      t.put("name", ChartJson.text(name));
    }
    t.put("legendgroup", group);
    if (!legend) {
      t.put("showlegend", false);
    }
    return t;
  }

  /** Sets the points of a trace: its {@code x} and {@code y} arrays. */
  private static void points(ObjectNode trace, List<Double> x, List<Double> y) {
    trace.set("x", ChartJson.numbers(x));
    trace.set("y", ChartJson.numbers(y));
  }

  private static void band(
      ArrayNode data,
      List<Double> x,
      List<Double> y,
      String group,
      int color,
      boolean fillToPrevious) {
    ObjectNode t = trace(data, "lines", null, group, false);
    t.put("hoverinfo", "skip");
    points(t, x, y);
    ObjectNode line = t.putObject("line");
    line.put("shape", "hv");
    line.put("width", 0);
    line.put("color", ChartJson.color(color));
    if (fillToPrevious) {
      t.put("fill", "tonexty");
      t.put("fillcolor", ChartJson.translucent(color, 0.16));
    }
  }

  private static String summaryTable(
      Endpoint e, List<SurvivalSummaryRow> rows, List<Integer> landmarkDays) {
    Markup m = new Markup();
    if (rows.isEmpty()) {
      return m.element("p", "No summary rows.", "class", "empty").toString();
    }
    m.open("div", "class", "table-wrap").open("table", "class", "survival-summary").newline();
    m.element(
        "caption",
        "Kaplan–Meier summary per study, scale and course number. Days; 95% CI in brackets.");
    m.open("thead").open("tr", "class", "super");
    for (String h :
        new String[] {
          "Study", "Scale", "Course", "n", "Events", "Censored", "Median (95% CI)", "Q1", "Q3"
        }) {
      m.element("th", h, "scope", "col", "rowspan", "2", "class", isText(h) ? null : "num");
    }
    if (!landmarkDays.isEmpty()) {
      m.element(
          "th",
          e.state() + " at day (95% CI)",
          "scope",
          "colgroup",
          "colspan",
          Integer.toString(landmarkDays.size()));
    }
    m.element("th", "Median follow-up", "scope", "col", "rowspan", "2", "class", "num");
    m.close("tr").open("tr");
    for (int d : landmarkDays) {
      m.element("th", "Day " + d, "scope", "col", "class", "num");
    }
    m.close("tr").close("thead").open("tbody").newline();
    String previous = null;
    for (SurvivalSummaryRow r : rows) {
      String group = r.studyId() + "\u0000" + r.scale();
      m.open("tr", "class", previous != null && !group.equals(previous) ? "group-start" : null);
      previous = group;
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.element("td", r.scale());
      m.num(Integer.toString(r.courseNumber()));
      m.num(Formats.count(r.n()));
      m.num(Formats.count(r.events()));
      m.num(Formats.count(r.censored()));
      if (r.suppressed().contains("median_days")) {
        m.num(Formats.SUPPRESSED);
        m.num(Formats.SUPPRESSED);
        m.num(Formats.SUPPRESSED);
        for (int i = 0; i < landmarkDays.size(); i++) {
          m.num(Formats.SUPPRESSED);
        }
        m.num(Formats.SUPPRESSED);
        m.close("tr").newline();
        continue;
      }
      m.open("td", "class", "num").text(Formats.quantile(r.medianDays()));
      if (r.medianDays() != null || r.medianCiLow() != null || r.medianCiHigh() != null) {
        m.element(
            "span", Formats.quantileInterval(r.medianCiLow(), r.medianCiHigh()), "class", "ci");
      }
      m.close("td");
      m.num(Formats.quantile(r.q1Days()));
      m.num(Formats.quantile(r.q3Days()));
      Map<Integer, SurvivalSummaryRow.Landmark> byDay = new LinkedHashMap<>();
      r.landmarks().forEach(l -> byDay.put(l.day(), l));
      for (int d : landmarkDays) {
        SurvivalSummaryRow.Landmark l = byDay.get(d);
        m.open("td", "class", "num");
        if (l == null || l.survival() == null) {
          m.text(Formats.MISSING);
        } else {
          m.text(Formats.percent(l.survival()));
          m.element("span", Formats.percentInterval(l.ciLow(), l.ciHigh()), "class", "ci");
        }
        m.close("td");
      }
      m.num(Formats.quantile(r.medianFollowupDays()));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    m.note(
        "n: courses in the group; events: "
            + e.events()
            + "; censored: n − events. Median follow-up: reverse Kaplan–Meier. Day 0 is the "
            + e.origin()
            + ".");
    return m.toString();
  }

  private static boolean isText(String header) {
    return header.equals("Study") || header.equals("Scale");
  }
}
