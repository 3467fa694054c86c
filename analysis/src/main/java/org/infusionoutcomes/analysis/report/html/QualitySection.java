package org.infusionoutcomes.analysis.report.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.analysis.report.QualityCheck;
import org.infusionoutcomes.analysis.report.QualityReport;

/** Section 7: the checks of {@code quality.json} with status badges, counts per rule, changes. */
final class QualitySection {
  static final String ID = "quality";
  static final String TITLE = "9. Data quality";

  private QualitySection() {}

  /** Badge class and label per known status, most severe first. */
  private static final Map<String, String[]> BADGES = new LinkedHashMap<>();

  static {
    BADGES.put(QualityCheck.ERROR, new String[] {"error", "ERROR"});
    BADGES.put(QualityCheck.FAIL, new String[] {"fail", "FAIL"});
    BADGES.put(QualityCheck.PASS_WITH_VIOLATIONS, new String[] {"warn", "PASS WITH VIOLATIONS"});
    BADGES.put(QualityCheck.PASS, new String[] {"pass", "PASS"});
    BADGES.put(QualityCheck.NOT_APPLICABLE, new String[] {"na", "NOT APPLICABLE"});
  }

  /** A status badge; an unknown status is shown as it is, escaped, with a neutral style. */
  static String badge(String status) {
    String[] known = BADGES.get(status);
    Markup m = new Markup();
    if (known == null) {
      return m.element("span", status == null ? "NO STATUS" : status, "class", "badge unknown")
          .toString();
    }
    return m.element("span", known[1], "class", "badge " + known[0], "title", status).toString();
  }

  /** One line for the page header: how many checks have each status. */
  static String headline(List<QualityCheck> checks) {
    Markup m = new Markup();
    m.open("p", "class", "quality-line").open("strong").text("Data quality: ").close("strong");
    if (checks.isEmpty()) {
      m.text("no checks were run. ");
    } else {
      Map<String, Integer> counts = new LinkedHashMap<>();
      BADGES.keySet().forEach(k -> counts.put(k, 0));
      int unknown = 0;
      for (QualityCheck c : checks) {
        if (counts.containsKey(c.status())) {
          counts.merge(c.status(), 1, Integer::sum);
        } else {
          unknown++;
        }
      }
      m.text(Formats.count(checks.size()) + (checks.size() == 1 ? " check: " : " checks: "));
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > 0) {
          m.raw(badge(e.getKey())).text(" × " + e.getValue() + "  ");
        }
      }
      if (unknown > 0) {
        m.raw(badge(null)).text(" × " + unknown + "  ");
      }
    }
    m.element("a", "see section 8", "href", "#" + ID).close("p").newline();
    return m.toString();
  }

  static String render(QualityReport q) {
    Markup m = Markup.section(ID, TITLE);
    if (q == null) {
      return m.closeEmpty("No quality report was produced for this run.");
    }
    m.open("div", "class", "method").newline();
    m.element(
            "p",
            "Each check counts the units that break its rule among the units it checked."
                + " PASS: no violation. PASS WITH VIOLATIONS: violations within what the rule"
                + " allows. FAIL: beyond the threshold. ERROR: the check could not be computed."
                + " NOT APPLICABLE: nothing to check (an empty denominator is never PASS).")
        .newline();
    m.close("div").newline();
    m.raw(checks(HtmlReport.list(q.checks())));
    m.element("h3", "Rejected records by rule").newline();
    m.raw(
        counts(
            q.rejectsByRule(),
            "Rule",
            "Records",
            "No record was rejected.",
            "Rejected records keep their raw text in normalized/rejects."));
    m.element("h3", "Warnings by rule").newline();
    m.raw(counts(q.warningsByRule(), "Rule", "Warnings", "No warnings.", null));
    m.element("h3", "Changes since the last run").newline();
    m.raw(changes(q.changesSinceLastRun()));
    m.close("section").newline();
    return m.toString();
  }

  private static String checks(List<QualityCheck> checks) {
    Markup m = new Markup();
    if (checks.isEmpty()) {
      return m.element("p", "No checks were run.", "class", "empty").toString();
    }
    m.open("div", "class", "table-wrap").open("table", "class", "checks").newline();
    m.open("thead").open("tr");
    m.element("th", "Status", "scope", "col").element("th", "Check", "scope", "col");
    m.element("th", "Violations / checked", "scope", "col", "class", "num");
    m.element("th", "Detail", "scope", "col");
    m.close("tr").close("thead").open("tbody").newline();
    for (QualityCheck c : checks) {
      m.open("tr");
      m.open("td").raw(badge(c.status())).close("td");
      m.open("td", "class", "wrap").text(c.description()).raw("<br>");
      m.element("code", c.id(), "class", "note").close("td");
      boolean hidden = c.violations() == null && Formats.minCellSize() != null;
      m.num(hidden ? Formats.SUPPRESSED : Formats.fraction(c.violations(), c.denominator()));
      m.element(
          "td",
          c.detail() == null ? (hidden ? Formats.SUPPRESSED : Formats.MISSING) : c.detail(),
          "class",
          "wrap");
      m.close("tr").newline();
    }
    m.closeTable().newline();
    return m.toString();
  }

  private static String counts(
      Map<String, Long> byRule, String key, String value, String empty, String note) {
    Markup m = new Markup();
    List<Map.Entry<String, Long>> entries = Labels.entries(byRule);
    if (entries.isEmpty()) {
      return m.element("p", empty, "class", "empty").newline().toString();
    }
    m.openTable("counts", null, List.of(key), List.of(value));
    long total = 0;
    boolean anyHidden = false;
    for (Map.Entry<String, Long> e : entries) {
      Long n = e.getValue();
      if (n == null && Formats.minCellSize() != null) {
        anyHidden = true;
      } else {
        total += n == null ? 0 : n;
      }
      m.open("tr").element("td", e.getKey());
      m.num(Formats.count(n == null && Formats.minCellSize() == null ? Long.valueOf(0) : n));
      m.close("tr").newline();
    }
    m.open("tr", "class", "group-start total").element("td", "Total");
    m.num(anyHidden ? Formats.SUPPRESSED : Formats.count(total));
    m.close("tr").newline();
    m.closeTable().newline();
    if (note != null) {
      m.note(note);
    }
    return m.toString();
  }

  private static String changes(Map<String, Long> changes) {
    Markup m = new Markup();
    if (changes == null && Formats.minCellSize() != null) {
      return m.element(
              "p",
              "Not shown in a report with small-cell suppression: a change between two runs can"
                  + " be a small count.",
              "class",
              "empty")
          .newline()
          .toString();
    }
    if (changes == null) {
      return m.element(
              "p", "No previous run in this output directory to compare with.", "class", "empty")
          .newline()
          .toString();
    }
    List<Map.Entry<String, Long>> entries = Labels.entries(changes);
    if (entries.isEmpty()) {
      return m.element("p", "No count changed since the previous run.", "class", "empty")
          .newline()
          .toString();
    }
    m.openTable("counts", null, List.of("Count"), List.of("Change"));
    for (Map.Entry<String, Long> e : entries) {
      m.open("tr").element("td", e.getKey());
      m.num(e.getValue() == null ? Formats.MISSING : Formats.signed(e.getValue()));
      m.close("tr").newline();
    }
    m.closeTable().newline();
    m.note(
        "Difference to the previous run (the output directory it replaced, or for a nightly"
            + " run the snapshot published before): rejects and warnings per rule, violations"
            + " per check; for a nightly run also subjects, assessments and infusions new,"
            + " changed or removed (their keys are in quality.json).");
    return m.toString();
  }
}
