package org.infusionoutcomes.analysis.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;

/**
 * Section 8: safety monitoring (docs/report.md, "Safety"): blood pressure and pulse over minutes
 * since infusion start (mean ± SD), exceedances by infusion number with Wilson intervals, CADSS by
 * infusion number, treatment-emergent adverse events by body system and preferred term, and the
 * suicidality shift tables. Every count shows its denominator.
 */
final class SafetySection {
  static final String ID = "safety";
  static final String TITLE = "8. Safety";

  /** The tests drawn over time, in this order. */
  static final List<String> CHART_TESTS = List.of("SYSBP", "DIABP", "PULSE");

  private SafetySection() {}

  /**
   * @param minCellSize the report's small-cell threshold, or null when nothing is suppressed
   */
  static String render(SafetyTables safety, Integer minCellSize, Figures figures) {
    List<String> method = new ArrayList<>();
    method.add(
        "A vital-sign or CADSS reading belongs to the subject's infusion of the same day (with"
            + " several that day, the latest starting at or before the reading); its offset is"
            + " minutes since that infusion's start. Pre = the reading with the largest offset"
            + " at or before 0; peak = the highest reading (lowest for SpO2) with an offset in"
            + " (0, safety.window_minutes]; change = peak − pre. An exceedance is a peak at or"
            + " above safety.thresholds (SpO2: at or below) or a change at or above"
            + " safety.rise; the settings in force are in section 1. Adverse events count as"
            + " treatment-emergent (TEAE) in the course whose period holds their onset."
            + " Intervals are Wilson 95%. Definitions: docs/definitions.md, \"Safety"
            + " monitoring\".");
    if (minCellSize != null) {
      method.add(
          "Shared with min_cell_size "
              + minCellSize
              + ": a count below "
              + minCellSize
              + ", and every count that would give one away, reads "
              + Formats.suppressedCount()
              + "; means, SDs, medians, rates and intervals of such a group read "
              + Formats.SUPPRESSED
              + "; time-course bins of fewer than "
              + minCellSize
              + " readings are not drawn; the most extreme (max) peak, one infusion's value,"
              + " is never shown.");
    }
    Markup m = Markup.section(ID, TITLE, method.toArray(String[]::new));
    if (safety == null || !safety.hasRows()) {
      return m.closeEmpty(
          "No safety data: this run has no vital signs, CADSS timepoints, adverse events or"
              + " suicidality items.");
    }
    timecourse(m, safety.vitalSignsTimecourse(), figures);
    exceedances(m, safety.vitalSigns());
    dissociation(m, safety.dissociation());
    adverseEvents(m, safety.adverseEvents());
    suicidality(m, safety.suicidality(), safety.suicidalitySummary());
    m.close("section").newline();
    return m.toString();
  }

  private static void timecourse(Markup m, List<VitalSignsTimecourseRow> rows, Figures figures) {
    m.element("h3", "Blood pressure and pulse over minutes since infusion start").newline();
    List<VitalSignsTimecourseRow> shown =
        rows.stream().filter(r -> CHART_TESTS.contains(r.test())).toList();
    if (shown.isEmpty()) {
      m.element("p", "No placed blood-pressure or pulse readings.", "class", "empty").newline();
      return;
    }
    Map<String, List<VitalSignsTimecourseRow>> byStudy = new LinkedHashMap<>();
    shown.forEach(r -> byStudy.computeIfAbsent(r.studyId(), k -> new ArrayList<>()).add(r));
    m.open("div", "class", "cards").newline();
    for (Map.Entry<String, List<VitalSignsTimecourseRow>> e : byStudy.entrySet()) {
      String title = Labels.study(e.getKey());
      m.open("div", "class", "card").newline();
      m.element("h3", title).newline();
      if (e.getValue().stream().anyMatch(SafetySection::drawn)) {
        m.raw(
            figures.place(
                "vitals", "Blood pressure and pulse over time: " + title, figure(e.getValue())));
      } else {
        m.element(
                "p",
                "No bin to draw: every bin has fewer than "
                    + Formats.minCellSize()
                    + " readings or is suppressed.",
                "class",
                "empty")
            .newline();
      }
      m.open("details").element("summary", "Numbers by 15-minute bin").newline();
      m.openTable(
          "vitals-timecourse",
          null,
          List.of("Test"),
          List.of("Minutes (bin start)", "n readings", "Mean (SD)"));
      for (VitalSignsTimecourseRow r : e.getValue()) {
        m.open("tr");
        m.element("td", r.test());
        m.num(Integer.toString(r.minutes()));
        m.num(Formats.count(r.n()));
        m.num(r.suppressed().contains("mean") ? Formats.SUPPRESSED : meanSd(r.mean(), r.sd()));
        m.close("tr").newline();
      }
      m.closeTable().close("details").newline();
      m.close("div").newline();
    }
    m.close("div").newline();
  }

  /**
   * Whether a bin is drawn: not one hidden by small-cell suppression (fewer than min_cell_size
   * readings, or one giving such a bin away).
   */
  private static boolean drawn(VitalSignsTimecourseRow r) {
    return r.n() != null && r.mean() != null;
  }

  private static ObjectNode figure(List<VitalSignsTimecourseRow> rows) {
    ArrayNode data = ChartJson.NODES.arrayNode();
    for (int t = 0; t < CHART_TESTS.size(); t++) {
      String test = CHART_TESTS.get(t);
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> sd = new ArrayList<>();
      List<String> hover = new ArrayList<>();
      for (VitalSignsTimecourseRow r : rows) {
        if (r.test().equals(test) && drawn(r)) {
          x.add((double) r.minutes());
          y.add(r.mean());
          sd.add(r.sd());
          hover.add(
              test
                  + " · "
                  + r.minutes()
                  + " min\nmean "
                  + Formats.decimal(r.mean(), 1)
                  + " (SD "
                  + Formats.decimal(r.sd(), 1)
                  + "), n = "
                  + Formats.count(r.n()));
        }
      }
      if (x.isEmpty()) {
        continue;
      }
      ObjectNode trace = data.addObject();
      trace.put("type", "scatter");
      trace.put("mode", "lines+markers");
      trace.put("name", ChartJson.text(test));
      trace.set("x", ChartJson.numbers(x));
      trace.set("y", ChartJson.numbers(y));
      trace.putObject("line").put("color", ChartJson.color(t)).put("width", 2);
      ObjectNode err = trace.putObject("error_y");
      err.put("type", "data");
      err.set("array", ChartJson.numbers(sd));
      err.put("color", ChartJson.translucent(t, 0.55));
      ChartJson.hoverText(trace, hover);
    }
    ObjectNode layout = ChartJson.layout(380);
    layout.set("xaxis", ChartJson.axis("Minutes since infusion start (15-minute bins)"));
    layout.set("yaxis", ChartJson.axis("Mean (± SD): mmHg, beats/min"));
    return ChartJson.figure(data, layout);
  }

  private static void exceedances(Markup m, List<VitalSignsRow> rows) {
    m.element("h3", "Vital signs and exceedances by infusion number").newline();
    if (rows.isEmpty()) {
      m.element("p", "No infusion has a post-start vital-sign reading.", "class", "empty")
          .newline();
      return;
    }
    m.openTable(
        "vital-signs",
        "Per infusion with a peak: mean pre, peak and change; exceeded = infusions with an"
            + " exceedance / infusions with a peak (Wilson 95% interval). — = no threshold or rise"
            + " for this test.",
        List.of("Study", "Test", "Course", "Infusion"),
        List.of(
            "Infusions (subjects)",
            "Mean pre",
            "Mean peak",
            "Mean change (SD)",
            "Most extreme peak",
            "Mean time to peak (min)",
            "Exceeded",
            "% (95% CI)"));
    for (VitalSignsRow r : rows) {
      m.open("tr");
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.element("td", r.test());
      m.num(Integer.toString(r.courseNumber()));
      m.num(r.infusionNumber());
      m.num(Formats.count(r.nInfusions()) + " (" + Formats.count(r.nSubjects()) + ")");
      List<String> gone = r.suppressed();
      m.num(stat(gone, "mean_pre", Formats.decimal(r.meanPre(), 1)));
      m.num(stat(gone, "mean_peak", Formats.decimal(r.meanPeak(), 1)));
      m.num(stat(gone, "mean_change", meanSd(r.meanChange(), r.sdChange())));
      m.num(stat(gone, "max_peak", Formats.decimal(r.maxPeak(), 1)));
      m.num(stat(gone, "mean_time_to_peak", Formats.decimal(r.meanTimeToPeak(), 1)));
      m.num(
          r.exceededN() == null && !gone.contains("exceeded_n")
              ? Formats.MISSING
              : Formats.fraction(r.exceededN(), r.nInfusions()));
      m.num(
          stat(
              gone,
              "exceeded_rate",
              Formats.percentWithInterval(
                  r.exceededRate(), r.exceededCiLow(), r.exceededCiHigh())));
      m.close("tr").newline();
    }
    m.closeTable().newline();
  }

  private static void dissociation(Markup m, List<DissociationRow> rows) {
    m.element("h3", "Dissociation (CADSS) by infusion number").newline();
    if (rows.isEmpty()) {
      m.element("p", "No infusion has a post-start CADSS total.", "class", "empty").newline();
      return;
    }
    m.openTable(
        "dissociation",
        "CADSS peak = highest total after the infusion start within the window; n = infusions"
            + " with a peak; mean change over those that also have a pre-infusion total.",
        List.of("Study", "Course", "Infusion"),
        List.of("n infusions", "Mean peak (SD)", "Median peak", "Max peak", "Mean change"));
    for (DissociationRow r : rows) {
      m.open("tr");
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.num(Integer.toString(r.courseNumber()));
      m.num(r.infusionNumber());
      m.num(Formats.count(r.n()));
      List<String> gone = r.suppressed();
      m.num(stat(gone, "mean_peak", meanSd(r.meanPeak(), r.sdPeak())));
      m.num(stat(gone, "median_peak", Formats.decimal(r.medianPeak(), 1)));
      m.num(stat(gone, "max_peak", Formats.decimal(r.maxPeak(), 1)));
      m.num(stat(gone, "mean_change", Formats.decimal(r.meanChange(), 1)));
      m.close("tr").newline();
    }
    m.closeTable().newline();
  }

  private static void adverseEvents(Markup m, List<AdverseEventRow> rows) {
    m.element("h3", "Treatment-emergent adverse events by body system and preferred term")
        .newline();
    if (rows.isEmpty()) {
      m.element("p", "No adverse-event data in this run.", "class", "empty").newline();
      return;
    }
    m.openTable(
        "adverse-events",
        "Subjects with at least one such TEAE / subjects treated in that course number (Wilson 95%"
            + " interval); events = number of TEAEs. Pre-treatment events, events of unknown"
            + " onset and events after the last course's follow-up are not counted.",
        List.of("Study", "Course", "Body system", "Preferred term"),
        List.of("Subjects", "% (95% CI)", "Events"));
    for (AdverseEventRow r : rows) {
      m.open("tr", "class", "ALL".equals(r.bodySystem()) ? "group-start" : null);
      m.element("td", Labels.study(r.studyId()), "class", "nowrap");
      m.num(Integer.toString(r.courseNumber()));
      m.element("td", r.bodySystem());
      m.element("td", r.preferredTerm());
      m.num(Formats.fraction(r.nSubjects(), r.nTreated()));
      m.num(
          stat(
              r.suppressed(),
              "pct",
              Formats.percentWithInterval(
                  fromPercent(r.pct()), fromPercent(r.ciLow()), fromPercent(r.ciHigh()))));
      m.num(Formats.count(r.nEvents()));
      m.close("tr").newline();
    }
    m.closeTable().newline();
  }

  private static void suicidality(
      Markup m, List<SuicidalityShiftRow> shift, List<SuicidalitySummaryRow> summary) {
    m.element("h3", "Suicidality items: baseline to worst in course").newline();
    if (summary.isEmpty()) {
      m.element("p", "No ITT course has a MADRS or PHQ-9 suicidality item.", "class", "empty")
          .newline();
      return;
    }
    m.note(
        "MADRS item 10 (0–6; categories 0-1, 2-3, 4-6) and PHQ-9 item 9 (0–3) of ITT courses:"
            + " baseline against the worst (highest) answered item after baseline up to the"
            + " end of the endpoint window. Worsened = worst − baseline at or above"
            + " safety.suicidality_worsening; emergent = baseline 0 and worst above 0;"
            + " resolved = baseline above 0 and 0 at the observed-case endpoint.");
    m.open("div", "class", "cards").newline();
    for (SuicidalitySummaryRow s : summary) {
      String title =
          Labels.studyScale(s.studyId(), s.scale()) + " · " + Labels.course(s.courseNumber());
      m.open("div", "class", "card").newline();
      m.element("h3", title).newline();
      List<SuicidalityShiftRow> cells =
          shift.stream()
              .filter(
                  c ->
                      c.studyId().equals(s.studyId())
                          && c.scale().equals(s.scale())
                          && c.courseNumber() == s.courseNumber())
              .toList();
      List<String> categories = new ArrayList<>();
      cells.forEach(
          c -> {
            if (!categories.contains(c.baselineCategory())) {
              categories.add(c.baselineCategory());
            }
          });
      m.open("div", "class", "table-wrap").open("table", "class", "shift").newline();
      m.element(
          "caption",
          "Courses by baseline (rows) and worst in-course (columns) category; n = "
              + Formats.count(s.n())
              + ".");
      m.open("thead").open("tr").element("th", "Baseline \\ worst", "scope", "col");
      for (String c : categories) {
        m.element("th", c, "scope", "col", "class", "num");
      }
      m.close("tr").close("thead").open("tbody").newline();
      for (String b : categories) {
        m.open("tr").element("th", b, "scope", "row");
        for (String w : categories) {
          SuicidalityShiftRow cell =
              cells.stream()
                  .filter(c -> c.baselineCategory().equals(b) && c.worstCategory().equals(w))
                  .findFirst()
                  .orElse(null);
          m.num(cell == null ? Formats.count(0) : Formats.count(cell.n()));
        }
        m.close("tr").newline();
      }
      m.closeTable().newline();
      m.open("ul", "class", "suicidality-summary").newline();
      m.element(
              "li",
              "Worsened: "
                  + Formats.fraction(s.worsened(), s.n())
                  + " "
                  + stat(
                      s.suppressed(),
                      "worsened_rate",
                      Formats.percentWithInterval(
                          s.worsenedRate(), s.worsenedCiLow(), s.worsenedCiHigh())))
          .newline();
      m.element(
              "li",
              "Emergent (baseline 0): "
                  + Formats.fraction(s.emergent(), s.emergentN())
                  + " "
                  + stat(
                      s.suppressed(),
                      "emergent_rate",
                      Formats.percentWithInterval(
                          s.emergentRate(), s.emergentCiLow(), s.emergentCiHigh())))
          .newline();
      m.element(
              "li",
              "Resolved (baseline above 0, item answered at the OC endpoint): "
                  + Formats.fraction(s.resolved(), s.resolvedN())
                  + " "
                  + stat(
                      s.suppressed(),
                      "resolved_rate",
                      Formats.percentWithInterval(
                          s.resolvedRate(), s.resolvedCiLow(), s.resolvedCiHigh())))
          .newline();
      m.close("ul").newline();
      m.close("div").newline();
    }
    m.close("div").newline();
  }

  /** A statistic, or {@value Formats#SUPPRESSED} where small-cell suppression emptied it. */
  private static String stat(List<String> suppressed, String column, String shown) {
    return suppressed.contains(column) ? Formats.SUPPRESSED : shown;
  }

  private static Double fromPercent(Double pct) {
    return pct == null ? null : pct / 100;
  }

  private static String meanSd(Double mean, Double sd) {
    return Formats.decimal(mean, 1) + " (" + Formats.decimal(sd, 1) + ")";
  }
}
