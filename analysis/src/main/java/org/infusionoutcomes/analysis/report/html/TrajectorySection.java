package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.report.TrajectoryRow;

/**
 * Section 5: mean score (± SD) and mean percent change by day since course start, one chart per
 * (study, scale) with a line per course number, and the numbers behind it.
 */
final class TrajectorySection {
  static final String ID = "trajectories";
  static final String TITLE = "6. Score trajectories";

  private TrajectorySection() {}

  private record StudyScale(String studyId, String scale) {}

  static String render(List<TrajectoryRow> rows, Figures figures) {
    Markup m =
        Markup.section(
            ID,
            TITLE,
            "Scores of ITT courses by day since the first infusion of the course (day 0). Top:"
                + " mean total score with ± 1 SD whiskers (no whisker when n = 1). Bottom: mean"
                + " percent change from baseline, over assessments whose baseline is above 0."
                + " n (assessments on that day) is in the hover text and the table under each"
                + " chart; means of few assessments are noisy.");
    if (rows.isEmpty()) {
      return m.closeEmpty("No trajectory rows.");
    }
    Map<StudyScale, Map<Integer, List<TrajectoryRow>>> groups = new LinkedHashMap<>();
    for (TrajectoryRow r : rows) {
      groups
          .computeIfAbsent(new StudyScale(r.studyId(), r.scale()), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.courseNumber(), k -> new ArrayList<>())
          .add(r);
    }
    m.raw(
        StudySelector.render(
            "trajectory-cards", groups.keySet().stream().map(StudyScale::studyId).toList()));
    m.open("div", "class", "cards", "id", "trajectory-cards").newline();
    for (Map.Entry<StudyScale, Map<Integer, List<TrajectoryRow>>> g : groups.entrySet()) {
      String title = Labels.studyScale(g.getKey().studyId(), g.getKey().scale());
      m.open("div", "class", "card", StudySelector.ATTRIBUTE, g.getKey().studyId()).newline();
      m.element("h3", title).newline();
      m.raw(figures.place("trajectory", "Score trajectory: " + title, figure(g.getValue())));
      m.raw(table(g.getValue()));
      m.close("div").newline();
    }
    m.close("div").newline();
    m.close("section").newline();
    return m.toString();
  }

  private static ObjectNode figure(Map<Integer, List<TrajectoryRow>> courses) {
    ArrayNode data = ChartJson.NODES.arrayNode();
    for (Map.Entry<Integer, List<TrajectoryRow>> c : courses.entrySet()) {
      int course = c.getKey();
      List<TrajectoryRow> rows = c.getValue();
      String label = Labels.course(course);
      String color = ChartJson.color(course - 1);
      List<Double> x = new ArrayList<>();
      List<Double> mean = new ArrayList<>();
      List<Double> sd = new ArrayList<>();
      List<Double> pct = new ArrayList<>();
      List<String> hover = new ArrayList<>();
      List<String> pctHover = new ArrayList<>();
      for (TrajectoryRow r : rows) {
        if (r.n() == null) {
          continue; // suppressed: fewer than min_cell_size assessments that day
        }
        x.add((double) r.day());
        mean.add(r.meanScore());
        sd.add(r.sdScore());
        pct.add(r.meanPctChange());
        hover.add(
            label
                + " · day "
                + r.day()
                + "\nmean "
                + Formats.decimal(r.meanScore(), 1)
                + " (SD "
                + Formats.decimal(r.sdScore(), 1)
                + "), n = "
                + Formats.count(r.n())
                + "\nmean change "
                + Formats.decimal(r.meanChange(), 1));
        pctHover.add(
            label
                + " · day "
                + r.day()
                + "\nmean % change "
                + (r.meanPctChange() == null
                    ? Formats.MISSING
                    : Formats.decimal(r.meanPctChange(), 1) + "%")
                + ", n = "
                + Formats.count(r.n()));
      }
      ObjectNode score = data.addObject();
      score.put("type", "scatter");
      score.put("mode", "lines+markers");
      score.put("name", ChartJson.text(label));
      score.put("legendgroup", "course-" + course);
      score.set("x", ChartJson.numbers(x));
      score.set("y", ChartJson.numbers(mean));
      score.putObject("line").put("color", color).put("width", 2);
      score.putObject("marker").put("color", color).put("size", 6);
      ObjectNode err = score.putObject("error_y");
      err.put("type", "data");
      err.set("array", ChartJson.numbers(sd));
      err.put("color", ChartJson.translucent(course - 1, 0.55));
      err.put("thickness", 1.2);
      err.put("width", 3);
      ChartJson.hoverText(score, hover);

      ObjectNode change = data.addObject();
      change.put("type", "scatter");
      change.put("mode", "lines+markers");
      change.put("name", ChartJson.text(label + ", % change"));
      change.put("legendgroup", "course-" + course);
      change.put("showlegend", false);
      change.put("yaxis", "y2");
      change.set("x", ChartJson.numbers(x));
      change.set("y", ChartJson.numbers(pct));
      change.putObject("line").put("color", color).put("width", 1.6).put("dash", "dot");
      change.putObject("marker").put("color", color).put("size", 5);
      ChartJson.hoverText(change, pctHover);
    }
    ObjectNode layout = ChartJson.layout(440);
    ObjectNode xaxis = ChartJson.axis("Day since the first infusion of the course");
    xaxis.put("anchor", "y2");
    xaxis.put("rangemode", "tozero");
    layout.set("xaxis", xaxis);
    ObjectNode yaxis = ChartJson.axis("Mean score (± SD)");
    yaxis.putArray("domain").add(0.42).add(1);
    yaxis.put("rangemode", "tozero");
    layout.set("yaxis", yaxis);
    ObjectNode yaxis2 = ChartJson.axis("Mean % change");
    yaxis2.putArray("domain").add(0).add(0.32);
    yaxis2.put("ticksuffix", "%");
    yaxis2.put("zeroline", true);
    yaxis2.put("zerolinecolor", "#9aa3af");
    layout.set("yaxis2", yaxis2);
    return ChartJson.figure(data, layout);
  }

  private static String table(Map<Integer, List<TrajectoryRow>> courses) {
    Markup m = new Markup();
    m.open("details").element("summary", "Numbers by day").newline();
    m.openTable(
        "trajectory",
        null,
        List.of("Course"),
        List.of("Day", "n", "Mean (SD)", "Mean change", "Mean % change"));
    for (Map.Entry<Integer, List<TrajectoryRow>> c : courses.entrySet()) {
      boolean first = true;
      for (TrajectoryRow r : c.getValue()) {
        m.open("tr", "class", first ? "group-start" : null);
        first = false;
        m.element("td", Labels.course(c.getKey()));
        m.num(Integer.toString(r.day()));
        m.num(Formats.count(r.n()));
        if (!r.suppressed().isEmpty()) {
          for (int i = 0; i < 3; i++) {
            m.num(Formats.SUPPRESSED);
          }
          m.close("tr").newline();
          continue;
        }
        m.num(Formats.decimal(r.meanScore(), 1) + " (" + Formats.decimal(r.sdScore(), 1) + ")");
        m.num(Formats.decimal(r.meanChange(), 1));
        m.num(
            r.meanPctChange() == null
                ? Formats.MISSING
                : Formats.decimal(r.meanPctChange(), 1) + "%");
        m.close("tr").newline();
      }
    }
    m.closeTable().close("details").newline();
    return m.toString();
  }
}
