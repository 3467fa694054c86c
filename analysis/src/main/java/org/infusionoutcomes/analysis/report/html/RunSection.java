package org.infusionoutcomes.analysis.report.html;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.infusionoutcomes.analysis.report.Definitions;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.report.ScaleDefinitionRow;

/** The page header (what was run on what) and section 1: definitions and configuration. */
final class RunSection {
  private RunSection() {}

  static String header(ReportData data, List<HtmlReport.TocEntry> toc) {
    RunInfo run = data.run();
    Markup m = new Markup();
    m.open("header", "class", "report-header").newline();
    m.element("h1", "Ketamine infusion outcomes").newline();
    m.element(
            "p",
            "Response, remission, durability and score trajectories per infusion course"
                + " — studies: "
                + run.studies(),
            "class",
            "subtitle")
        .newline();
    m.open("dl", "class", "facts").newline();
    fact(m, "Studies", run.studies());
    fact(m, "Run id", run.runId());
    fact(m, "Tool version", run.toolVersion());
    fact(m, "Git commit", run.gitCommit());
    fact(m, "Input files read", Formats.count(run.filesRead()));
    fact(m, "Records read", Formats.count(run.recordsRead()));
    String share =
        run.recordsRead() != null && run.recordsRejected() != null && run.recordsRead() > 0
            ? " (" + Formats.percent((double) run.recordsRejected() / run.recordsRead()) + ")"
            : "";
    fact(
        m,
        "Records rejected",
        Formats.count(run.recordsRejected()) + " of " + Formats.count(run.recordsRead()) + share);
    m.close("dl").newline();
    m.raw(QualitySection.headline(data.quality() == null ? List.of() : data.quality().checks()));
    m.open("nav", "class", "toc", "aria-label", "Sections").open("ol");
    for (HtmlReport.TocEntry entry : toc) {
      m.open("li").element("a", entry.title(), "href", "#" + entry.id()).close("li");
    }
    m.close("ol").close("nav").newline();
    m.close("header").newline();
    return m.toString();
  }

  static String section(ReportData data) {
    Markup m = Markup.section("run", "1. Run, definitions and configuration");
    m.open("div", "class", "two-col").newline();
    m.open("div").newline();
    m.element("h3", "Definitions used for every number in this report").newline();
    m.raw(definitions(data.definitions()));
    m.close("div").newline();
    m.open("div").newline();
    m.element("h3", "Effective configuration").newline();
    m.note("As recorded in run-manifest.json; nested keys are joined with dots.");
    Map<String, String> config = new LinkedHashMap<>();
    flatten("", data.run().config(), config);
    if (config.isEmpty()) {
      m.element("p", "No configuration was recorded.", "class", "empty");
    } else {
      m.open("div", "class", "table-wrap").open("table", "class", "config");
      m.open("thead").open("tr").element("th", "Key").element("th", "Value").close("tr");
      m.close("thead").open("tbody").newline();
      config.forEach(
          (k, v) -> m.open("tr").element("td", k).element("td", v).close("tr").newline());
      m.closeTable().newline();
    }
    m.close("div").newline();
    m.close("div").newline();
    m.raw(scaleDefinitions(data.run().scaleDefinitions()));
    m.close("section").newline();
    return m.toString();
  }

  /**
   * The scale definitions in force: shipped or read from the configuration's {@code scale_files},
   * with the sha256 that identifies each definition file (as in run-manifest.json).
   */
  static String scaleDefinitions(List<ScaleDefinitionRow> rows) {
    Markup m = new Markup();
    m.element("h3", "Scale definitions").newline();
    if (rows == null || rows.isEmpty()) {
      return m.element("p", "No scale definitions were recorded.", "class", "empty").toString();
    }
    m.note(
        "Definitions in force for this run; default thresholds as defined (the effective"
            + " thresholds are in the configuration above). How to add or override a scale:"
            + " docs/formats.md.");
    m.open("div", "class", "table-wrap").open("table", "class", "scales");
    m.open("thead").open("tr");
    for (String h :
        List.of(
            "Scale",
            "Version",
            "Name",
            "Source",
            "Items",
            "Total",
            "Prorated if missing ≤",
            "Response ≥",
            "Remission ≤",
            "Relapse ≥",
            "sha256")) {
      m.element("th", h);
    }
    m.close("tr").close("thead").open("tbody").newline();
    for (ScaleDefinitionRow r : rows) {
      String source =
          r.origin().equals("shipped")
              ? "shipped"
              : r.file() + (r.overridesShipped() ? " (overrides the shipped definition)" : "");
      m.open("tr")
          .element("td", r.id())
          .element("td", r.version())
          .element("td", r.name())
          .element("td", source)
          .element("td", Formats.count(r.items()))
          .element("td", display(r.totalMin()) + "–" + display(r.totalMax()))
          .element("td", Formats.count(r.maxMissingItems()))
          .element("td", Formats.percent(r.responseFraction()) + " reduction")
          .element("td", display(r.remissionMax()))
          .element("td", display(r.relapseThreshold()))
          .element("td", r.sha256(), "class", "hash")
          .close("tr")
          .newline();
    }
    m.closeTable().newline();
    return m.toString();
  }

  /** The definitions as a description list; also used next to the tables of other sections. */
  static String definitions(Definitions d) {
    Markup m = new Markup();
    if (d == null) {
      return m.element("p", "No definitions were recorded.", "class", "empty").toString();
    }
    m.open("dl", "class", "definitions").newline();
    definition(m, "Response", d.response());
    for (Map.Entry<String, String> e : Labels.entries(d.remissionByScale())) {
      definition(m, "Remission, " + e.getKey(), e.getValue());
    }
    definition(m, "Relapse", d.relapse());
    for (Map.Entry<String, String> e : Labels.entries(d.endpoints())) {
      definition(m, e.getKey(), e.getValue());
    }
    definition(m, "Confidence intervals", d.confidenceIntervals());
    m.close("dl").newline();
    return m.toString();
  }

  private static void definition(Markup m, String term, String text) {
    m.element("dt", term).element("dd", text == null ? Formats.MISSING : text).newline();
  }

  private static void fact(Markup m, String name, String value) {
    m.open("div").element("dt", name).element("dd", value == null ? Formats.MISSING : value);
    m.close("div").newline();
  }

  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      // keep the producer's order where it has one; otherwise sort, never the hash order
      boolean ordered = map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>;
      Map<String, Object> byName = ordered ? new LinkedHashMap<>() : new TreeMap<>();
      map.forEach((k, v) -> byName.put(String.valueOf(k), v));
      byName.forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, out));
    } else if (!prefix.isEmpty()) {
      out.put(prefix, display(value));
    }
  }

  private static String display(Object value) {
    if (value == null) {
      return "null (not set)";
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty()
          ? "(none)"
          : c.stream().map(RunSection::display).collect(Collectors.joining(", "));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d)
          ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
          : String.valueOf(d);
    }
    if (value instanceof Map<?, ?>) {
      Map<String, String> nested = new LinkedHashMap<>();
      flatten("", value, nested);
      return nested.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
