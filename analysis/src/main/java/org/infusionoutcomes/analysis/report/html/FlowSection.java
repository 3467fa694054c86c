package org.infusionoutcomes.analysis.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.ReportData;

/**
 * Section 2: the population flow (docs/decisions.md, "Population flow") as CONSORT-style diagrams,
 * one per study (and pooled), scale and course number: courses, with a baseline, ITT, OC evaluable,
 * OC responders, and beside each step the courses that left before it with their reason.
 */
final class FlowSection {
  static final String ID = "flow";
  static final String TITLE = "2. Population flow";

  private FlowSection() {}

  private static final Map<String, String> STEP_TEXT =
      Map.of(
          PopulationFlowRow.COURSES, "Courses with at least one infusion",
          PopulationFlowRow.WITH_BASELINE, "With a baseline",
          PopulationFlowRow.ITT, "ITT (baseline total above 0)",
          PopulationFlowRow.OC_EVALUABLE, "OC evaluable (observed endpoint)",
          PopulationFlowRow.OC_RESPONDERS, "OC responders");

  private static final Map<String, String> REASON_TEXT =
      Map.of(
          PopulationFlowRow.NO_BASELINE, "no baseline",
          PopulationFlowRow.BASELINE_AMBIGUOUS, "baseline ambiguous",
          PopulationFlowRow.BASELINE_ZERO, "baseline total 0",
          PopulationFlowRow.NO_OC_ENDPOINT, "no OC endpoint",
          PopulationFlowRow.OC_NON_RESPONDER, "not a responder");

  private record Group(String studyId, String scale, int courseNumber) {}

  static String render(ReportData data) {
    List<PopulationFlowRow> rows = HtmlReport.list(data.populationFlow());
    Markup m =
        Markup.section(
            ID,
            TITLE,
            "From courses to evaluable courses, per study, scale and course number (as in"
                + " population_flow.csv). A course that leaves the flow is counted once, beside the"
                + " step it did not reach, with its reason: no baseline (no pre-infusion score in"
                + " the baseline window, or no score of the scale at all), baseline ambiguous (two"
                + " different scores at the latest time), baseline total 0 (percent change"
                + " undefined), no OC endpoint (no score in the endpoint window), not a"
                + " responder.");
    if (rows.isEmpty()) {
      return m.closeEmpty("No course, so there is no flow to show.");
    }
    Map<Group, List<PopulationFlowRow>> groups = new LinkedHashMap<>();
    for (PopulationFlowRow r : rows) {
      groups
          .computeIfAbsent(
              new Group(r.studyId(), r.scale(), r.courseNumber()), g -> new ArrayList<>())
          .add(r);
    }
    m.raw(
        StudySelector.render("flow-cards", groups.keySet().stream().map(Group::studyId).toList()));
    m.open("div", "class", "cards compact", "id", "flow-cards").newline();
    for (Map.Entry<Group, List<PopulationFlowRow>> g : groups.entrySet()) {
      m.raw(diagram(g.getKey(), g.getValue()));
    }
    m.close("div").newline();
    m.close("section").newline();
    return m.toString();
  }

  private static String diagram(Group g, List<PopulationFlowRow> rows) {
    String title =
        Labels.studyScale(g.studyId(), g.scale()) + " · " + Labels.course(g.courseNumber());
    Markup m = new Markup();
    m.open("div", "class", "card", StudySelector.ATTRIBUTE, g.studyId()).newline();
    m.element("h3", title).newline();
    m.open("ol", "class", "flow", "aria-label", "Population flow: " + title).newline();
    for (String step : PopulationFlowRow.STEPS) {
      List<String> exits = new ArrayList<>();
      for (PopulationFlowRow r : rows) {
        if (r.reason() != null && r.step().equals(step)) {
          exits.add(REASON_TEXT.getOrDefault(r.reason(), r.reason()) + ": " + Formats.count(r.n()));
        }
      }
      if (!exits.isEmpty()) {
        m.open("li", "class", "flow-exit");
        m.element("span", "Left the flow", "class", "flow-exit-title");
        for (String e : exits) {
          m.text(" ").element("span", e);
        }
        m.close("li").newline();
      }
      for (PopulationFlowRow r : rows) {
        if (r.reason() == null && r.step().equals(step)) {
          m.open("li", "class", "flow-step");
          m.element("span", STEP_TEXT.getOrDefault(step, step)).text(" ");
          m.element("strong", "n = " + Formats.count(r.n()));
          m.close("li").newline();
        }
      }
    }
    m.close("ol").newline();
    m.close("div").newline();
    return m.toString();
  }
}
