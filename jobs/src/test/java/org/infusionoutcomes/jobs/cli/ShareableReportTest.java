package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of {@code data-samples/} as analysts share it (docs/decisions.md, "Population flow";
 * docs/report.md, "Sharing a report outside the team"): the population flow and the waterfall are
 * there, and with {@code min_cell_size: 5} no report file shows a count from 1 to 4 - nor a value
 * from which one can be computed: the tests below try to recover each hidden count from what is
 * shown (complements in a row, the pooled row minus the studies, rate times n, the steps of the
 * flow, differences of numbers at risk).
 */
class ShareableReportTest {
  private static final int K = 5;
  private static final Path SAMPLES = Path.of("..", "data-samples");
  private static final Set<String> COUNT_COLUMNS =
      Set.of(
          "n",
          "responders",
          "remitters",
          "events",
          "censored",
          "n_risk",
          "n_event",
          "n_censor",
          // the safety tables
          "n_infusions",
          "n_subjects",
          "exceeded_n",
          "n_events",
          "n_treated",
          "worsened",
          "emergent",
          "resolved",
          // the agreement between scales
          "both",
          "madrs_only",
          "phq9_only",
          "neither");

  private static final List<String> SAFETY_CSVS =
      List.of(
          "vital_signs.csv",
          "vital_signs_timecourse.csv",
          "dissociation.csv",
          "adverse_events.csv",
          "suicidality.csv",
          "suicidality_summary.csv");

  @TempDir static Path tmp;
  private static Path plain;
  private static Path shared;

  private static int cli(String... args) {
    StringWriter sink = new StringWriter();
    return OutcomesCli.execute(new PrintWriter(sink, true), new PrintWriter(sink, true), args);
  }

  @BeforeAll
  static void runDataSamplesTwice() throws Exception {
    SharedSpark.get();
    plain = tmp.resolve("plain");
    assertThat(cli("run", "--input", SAMPLES.toString(), "--output", plain.toString())).isIn(0, 3);
    Path config = tmp.resolve("share.yaml");
    Files.writeString(config, "min_cell_size: " + K + "\n");
    shared = tmp.resolve("shared");
    assertThat(
            cli(
                "run",
                "--input",
                SAMPLES.toString(),
                "--output",
                shared.toString(),
                "--config",
                config.toString()))
        .isIn(0, 3);
  }

  private static List<Map<String, String>> csv(Path run, String name) throws Exception {
    try (Reader r = Files.newBufferedReader(run.resolve("reports").resolve(name))) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
        rows.add(new LinkedHashMap<>(rec.toMap()));
      }
      return rows;
    }
  }

  private static Long count(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isEmpty() ? null : Long.parseLong(v);
  }

  private static boolean small(Long v) {
    return v != null && v > 0 && v < K;
  }

  // ------------------------------------------------------------------ flow and waterfall

  @Test
  void populationFlowAddsUpAndMatchesTheRates() throws Exception {
    List<Map<String, String>> flow = csv(plain, "population_flow.csv");
    assertThat(flow.get(0).keySet())
        .containsExactly("study_id", "scale", "course_number", "step", "n", "reason");
    Map<String, Long> byKey = new HashMap<>();
    for (Map<String, String> r : flow) {
      String what = r.get("reason").isEmpty() ? r.get("step") : r.get("reason");
      byKey.put(
          r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number") + "|" + what,
          count(r, "n"));
    }
    Map<String, Map<String, String>> rates = new HashMap<>();
    for (Map<String, String> r : csv(plain, "response_remission.csv")) {
      rates.put(
          r.get("study_id")
              + "|"
              + r.get("scale")
              + "|"
              + r.get("course_number")
              + "|"
              + r.get("analysis"),
          r);
    }
    int groups = 0;
    for (Map<String, String> r : flow) {
      if (!r.get("step").equals("courses")) {
        continue;
      }
      groups++;
      String g = r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number") + "|";
      long courses = byKey.get(g + "courses");
      long withBaseline = byKey.get(g + "with_baseline");
      long itt = byKey.get(g + "itt");
      long oc = byKey.get(g + "oc_evaluable");
      long responders = byKey.get(g + "oc_responders");
      assertThat(courses - byKey.get(g + "no_baseline") - byKey.get(g + "baseline_ambiguous"))
          .as(g)
          .isEqualTo(withBaseline);
      assertThat(withBaseline - byKey.get(g + "baseline_zero")).as(g).isEqualTo(itt);
      assertThat(itt - byKey.get(g + "no_oc_endpoint")).as(g).isEqualTo(oc);
      assertThat(oc - byKey.get(g + "oc_non_responder")).as(g).isEqualTo(responders);
      if (itt > 0) {
        assertThat(count(rates.get(g + "NRI"), "n")).as(g).isEqualTo(itt);
        assertThat(count(rates.get(g + "OC"), "n")).as(g).isEqualTo(oc);
        assertThat(count(rates.get(g + "OC"), "responders")).as(g).isEqualTo(responders);
      }
    }
    assertThat(groups).isGreaterThan(10);
    // every study's MADRS course 1 is in the flow, with its pooled row
    assertThat(byKey).containsKey("ALL|MADRS|1|courses").containsKey("KETA-01|MADRS|1|courses");
  }

  @Test
  void reportShowsTheFlowDiagramsAndAWaterfallPerScale() throws Exception {
    Document page = Jsoup.parse(plain.resolve("reports/report.html").toFile(), "UTF-8");
    assertThat(page.select("section#flow ol.flow").size())
        .isEqualTo(csv(plain, "population_flow.csv").size() / 10);
    List<String> waterfalls = new ArrayList<>();
    for (Element spec : page.select("script.plot-spec[data-for^=fig-waterfall-]")) {
      waterfalls.add(spec.attr("data-for"));
    }
    // one per scale with an OC endpoint: MADRS, PHQ-9 and HAM-D17 (the NIMH sample)
    assertThat(waterfalls)
        .hasSize(
            (int)
                csv(plain, "response_remission.csv").stream()
                    .filter(r -> r.get("analysis").equals("OC"))
                    .map(r -> r.get("scale"))
                    .distinct()
                    .count())
        .hasSize(3);
    JsonNode fig =
        new ObjectMapper()
            .readTree(page.selectFirst("script.plot-spec[data-for=fig-waterfall-1]").data());
    int bars = 0;
    for (JsonNode trace : fig.get("data")) {
      bars += trace.get("y").size();
    }
    JsonNode summary = new ObjectMapper().readTree(plain.resolve("reports/summary.json").toFile());
    assertThat(bars).isEqualTo(summary.get("waterfall").get(0).get("evaluable").asInt());
    assertThat(fig.get("layout").get("shapes").get(0).get("y0").asDouble()).isEqualTo(-50.0);
  }

  @Test
  void theReportsFolderHoldsNoChecksumFiles() throws Exception {
    for (Path run : List.of(plain, shared)) {
      try (Stream<Path> files = Files.walk(run.resolve("reports"))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.endsWith(".crc"));
      }
    }
  }

  // ------------------------------------------------------------------ min_cell_size: 5

  @Test
  void noReportCsvShowsACountFromOneToFour() throws Exception {
    int suppressedRows = 0;
    try (Stream<Path> files = Files.list(shared.resolve("reports"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        List<Map<String, String>> rows = csv(shared, f.getFileName().toString());
        for (Map<String, String> row : rows) {
          assertThat(row).as(f.getFileName().toString()).containsKey("suppressed");
          suppressedRows += "true".equals(row.get("suppressed")) ? 1 : 0;
          for (String column : COUNT_COLUMNS) {
            if (row.containsKey(column)) {
              assertThat(small(count(row, column)))
                  .as("%s %s %s", f.getFileName(), column, row)
                  .isFalse();
            }
          }
        }
      }
    }
    assertThat(suppressedRows).as("data-samples has small cells to hide").isGreaterThan(0);
  }

  @Test
  void noJsonFileShowsACountFromOneToFour() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode summary = json.readTree(shared.resolve("reports/summary.json").toFile());
    assertThat(summary.get("min_cell_size").asInt()).isEqualTo(K);
    List<String> found = new ArrayList<>();
    smallCounts("", summary, found);
    smallCounts("quality", json.readTree(shared.resolve("reports/quality.json").toFile()), found);
    assertThat(found).isEmpty();
  }

  /**
   * Counts are the integers of JSON fields other than days, ids, versions, settings and scale
   * definitions (item ranges and proration limits are parameters of a scale, not counts).
   */
  private static void smallCounts(String path, JsonNode node, List<String> found) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        if (k.equals("config")
            || k.equals("scale_definitions")
            || k.equals("landmark_days")
            || k.equals("definitions")
            || k.contains("day")
            || k.equals("course_number")
            || k.equals("min_cell_size")
            || k.equals("df")
            || k.equals("bars")) {
          continue;
        }
        smallCounts(path + "." + k, e.getValue(), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        smallCounts(path + "[" + i + "]", node.get(i), found);
      }
    } else if (node.isIntegralNumber() && node.asLong() > 0 && node.asLong() < K) {
      found.add(path + " = " + node.asLong());
    }
  }

  @Test
  void noHiddenCountCanBeRecoveredFromTheRatesTable() throws Exception {
    List<Map<String, String>> rows = csv(shared, "response_remission.csv");
    List<Map<String, String>> plainRows = csv(plain, "response_remission.csv");
    int hidden = 0;
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      hidden += countsAndRatesGiveNothingAway(r);
      assertThat(r.get("study_id")).isEqualTo(plainRows.get(i).get("study_id"));
    }
    assertThat(hidden).isGreaterThan(0);
    pooledMinusStudies(
        rows,
        List.of("study_id"),
        List.of("scale", "course_number", "analysis"),
        List.of("n", "responders", "remitters"));
  }

  /**
   * A row with n, responders and remitters and their rates (the rates table, a subgroup): no small
   * complement in the row, no rate without both its count and n (rate times n, or count over rate,
   * gives the other back), a hidden count empties its rate and interval and flags the row.
   *
   * @return the counts hidden in the row
   */
  private static int countsAndRatesGiveNothingAway(Map<String, String> r) {
    int hidden = 0;
    Long n = count(r, "n");
    for (String c : List.of("responders", "remitters")) {
      Long x = count(r, c);
      String rate = c.equals("responders") ? "response_rate" : "remission_rate";
      if (n != null && x != null) {
        assertThat(small(n - x)).as("n - %s in %s", c, r).isFalse();
      }
      if (!r.get(rate).isEmpty()) {
        assertThat(n).as("rate shown without n: %s", r).isNotNull();
        assertThat(x).as("rate shown without the count: %s", r).isNotNull();
      }
      if (x == null) {
        hidden++;
        assertThat(r.get("suppressed")).as("%s", r).isEqualTo("true");
        assertThat(r.get(rate)).isEmpty();
        assertThat(r.get(rate.replace("rate", "ci_low"))).isEmpty();
        assertThat(r.get(rate.replace("rate", "ci_high"))).isEmpty();
      }
    }
    return hidden;
  }

  /**
   * For every count column: the pooled ALL row minus the shown studies must not leave a small count
   * (it would be the hidden studies' count, or a bound narrowing it down).
   */
  private static void pooledMinusStudies(
      List<Map<String, String>> rows,
      List<String> studyCol,
      List<String> groupCols,
      List<String> countCols) {
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    for (Map<String, String> r : rows) {
      StringBuilder g = new StringBuilder();
      groupCols.forEach(c -> g.append(r.get(c)).append('|'));
      groups.computeIfAbsent(g.toString(), x -> new ArrayList<>()).add(r);
    }
    for (List<Map<String, String>> group : groups.values()) {
      Map<String, String> all = null;
      for (Map<String, String> r : group) {
        if (r.get(studyCol.get(0)).equals("ALL")) {
          all = r;
        }
      }
      if (all == null) {
        continue;
      }
      for (String c : countCols) {
        Long total = count(all, c);
        if (total == null) {
          continue;
        }
        long shown = 0;
        int hiddenStudies = 0;
        for (Map<String, String> r : group) {
          if (r == all) {
            continue;
          }
          Long v = count(r, c);
          if (v == null) {
            hiddenStudies++;
          } else {
            shown += v;
          }
        }
        if (hiddenStudies > 0) {
          // with one hidden study this is its count; with several, their sum
          assertThat(small(total - shown))
              .as("ALL - shown studies for %s in %s: %d", c, all, total - shown)
              .isFalse();
        }
      }
    }
  }

  @Test
  void noHiddenFlowCountCanBeRecoveredFromTheOtherSteps() throws Exception {
    List<Map<String, String>> flow = csv(shared, "population_flow.csv");
    Map<String, Long> byKey = new HashMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    for (Map<String, String> r : flow) {
      String g = r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number") + "|";
      String what = r.get("reason").isEmpty() ? r.get("step") : r.get("reason");
      byKey.put(g + what, count(r, "n"));
      groupOf.put(g, g);
    }
    String[][] relations = {
      {"courses", "with_baseline", "no_baseline", "baseline_ambiguous"},
      {"with_baseline", "itt", "baseline_zero"},
      {"itt", "oc_evaluable", "no_oc_endpoint"},
      {"oc_evaluable", "oc_responders", "oc_non_responder"}
    };
    int hiddenCells = 0;
    for (String g : groupOf.keySet()) {
      for (String[] rel : relations) {
        List<Long> cells = new ArrayList<>();
        for (String what : rel) {
          cells.add(byKey.get(g + what));
        }
        long nulls = cells.stream().filter(v -> v == null).count();
        hiddenCells += (int) nulls;
        assertThat(nulls).as("a single hidden cell in %s %s", g, List.of(rel)).isNotEqualTo(1);
        if (nulls >= 2 && cells.get(0) != null) {
          long rest = cells.get(0);
          for (Long v : cells.subList(1, cells.size())) {
            rest -= v == null ? 0 : v;
          }
          assertThat(small(rest))
              .as("hidden cells of %s %s add to %d", g, List.of(rel), rest)
              .isFalse();
        }
      }
    }
    assertThat(hiddenCells).isGreaterThan(0);
    List<Map<String, String>> asRows = new ArrayList<>();
    for (Map<String, String> r : flow) {
      Map<String, String> row = new HashMap<>(r);
      row.put("what", r.get("reason").isEmpty() ? r.get("step") : r.get("reason"));
      asRows.add(row);
    }
    pooledMinusStudies(
        asRows, List.of("study_id"), List.of("scale", "course_number", "what"), List.of("n"));
  }

  @Test
  void noHiddenCountCanBeRecoveredFromTheSurvivalTables() throws Exception {
    for (String endpoint : List.of("durability", "time_to_response")) {
      List<Map<String, String>> summary = csv(shared, endpoint + "_summary.csv");
      for (Map<String, String> r : summary) {
        Long n = count(r, "n");
        Long events = count(r, "events");
        Long censored = count(r, "censored");
        if (n != null && events != null) {
          assertThat(small(n - events)).as("n - events: %s", r).isFalse();
        }
        if (n == null || n < K) {
          // no curve, no median, no landmark for a group below k
          assertThat(r.get("median_days")).isEmpty();
          assertThat(r.get("s_d7")).isEmpty();
          assertThat(r.get("median_followup_days")).isEmpty();
        }
        if (events == null || censored == null) {
          assertThat(r.get("s_d14")).isEmpty();
        }
      }
      pooledMinusStudies(
          summary, List.of("study_id"), List.of("scale", "course_number"), List.of("n"));
    }
    List<Map<String, String>> km = csv(shared, "durability_km.csv");
    assertThat(km).isNotEmpty();
    Map<String, Long> nextAtRisk = new HashMap<>();
    Map<String, Long> firstAtRisk = new HashMap<>();
    for (Map<String, String> r : km) {
      String g = r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number");
      long risk = count(r, "n_risk");
      long event = count(r, "n_event");
      long censor = count(r, "n_censor");
      firstAtRisk.putIfAbsent(g, risk);
      Long expected = nextAtRisk.get(g);
      if (expected != null) {
        // the difference of two numbers at risk: courses that left between two times
        assertThat(small(expected - risk)).as("at-risk difference in %s", g).isFalse();
        assertThat(expected).isEqualTo(risk);
      }
      assertThat(small(risk - event)).as("at risk - events: %s", r).isFalse();
      assertThat(small(risk - event - censor)).as("remaining after %s", r).isFalse();
      // the survival step is events over at risk: only multiples of k leave by an event
      assertThat(event % K).as("events of a step: %s", r).isZero();
      nextAtRisk.put(g, risk - event - censor);
    }
    Map<String, Long> summaryN = new HashMap<>();
    for (Map<String, String> r : csv(shared, "durability_summary.csv")) {
      summaryN.put(
          r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number"), count(r, "n"));
    }
    firstAtRisk.forEach(
        (g, risk) ->
            assertThat(summaryN.get(g)).as("curve of a group with n shown: %s", g).isEqualTo(risk));
  }

  @Test
  void theWaterfallShowsBlocksAndItsCountsGiveNoHiddenRateAway() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(shared.resolve("reports/summary.json").toFile());
    List<Map<String, String>> rates = csv(shared, "response_remission.csv");
    String[][] pairs = {
      {"itt_courses", "NRI", "n"},
      {"evaluable", "OC", "n"},
      {"responders", "OC", "responders"},
      {"remitters", "OC", "remitters"}
    };
    int drawn = 0;
    for (JsonNode w : summary.get("waterfall")) {
      for (JsonNode bar : w.get("bars")) {
        drawn++;
        assertThat(bar.get("courses").asInt()).isGreaterThanOrEqualTo(K);
        assertThat(bar.get("study_id").isNull()).isTrue();
      }
      for (String[] p : pairs) {
        if (w.get(p[0]).isNull()) {
          continue;
        }
        // the chart pools every course number of the ALL rows
        long rest = w.get(p[0]).asLong();
        int hidden = 0;
        for (Map<String, String> r : rates) {
          if (r.get("study_id").equals("ALL")
              && r.get("scale").equals(w.get("scale").asText())
              && r.get("analysis").equals(p[1])) {
            Long v = count(r, p[2]);
            if (v == null) {
              hidden++;
            } else {
              rest -= v;
            }
          }
        }
        if (hidden > 0) {
          assertThat(small(rest))
              .as("%s %s minus the shown ALL rows", w.get("scale"), p[0])
              .isFalse();
        }
      }
    }
    assertThat(drawn).as("blocks drawn").isGreaterThan(0);
  }

  @Test
  void trajectoriesOfFewerThanKAssessmentsAreHidden() throws Exception {
    List<Map<String, String>> rows = csv(shared, "trajectory.csv");
    int hidden = 0;
    for (Map<String, String> r : rows) {
      if (count(r, "n") == null) {
        hidden++;
        assertThat(r.get("mean_score")).isEmpty();
        assertThat(r.get("sd_score")).isEmpty();
        assertThat(r.get("suppressed")).isEqualTo("true");
      }
    }
    assertThat(hidden).isGreaterThan(0);
    pooledMinusStudies(
        rows, List.of("study_id"), List.of("scale", "course_number", "day"), List.of("n"));
  }

  @Test
  void reportHtmlStatesKAndShowsNoSmallCount() throws Exception {
    Document page = Jsoup.parse(shared.resolve("reports/report.html").toFile(), "UTF-8");
    assertThat(page.select("#suppression").text()).contains("min_cell_size " + K);
    assertThat(page.select("td").eachText()).contains("<" + K);
    Pattern number = Pattern.compile("^\\d[\\d,]*$");
    // "<5/9" is a suppressed count out of 9, not 5 of 9
    Pattern fraction = Pattern.compile("(?<![<\\d])(\\d+)/(\\d+)");
    // with thousands separators: "n = 1,350" is not 1
    Pattern nEquals = Pattern.compile("n = (\\d[\\d,]*)");
    List<String> found = new ArrayList<>();
    for (Element td :
        page.select(
            // the count columns (course numbers, days and medians are numbers too)
            "table.rates:not(.subgroups) td:gt(3), table.subgroups td:eq(6), table.subgroups"
                + " td:eq(7), table.subgroups td:eq(8), table.survival-summary td:eq(3),"
                + " table.survival-summary"
                + " td:eq(4), table.survival-summary td:eq(5), table.at-risk td.num,"
                + " table.trajectory td:eq(2), ol.flow strong, ol.flow span")) {
      String t = td.ownText().trim();
      if (number.matcher(t).matches() && small(Long.parseLong(t.replace(",", "")))) {
        found.add(t + " in " + td.outerHtml());
      }
      Matcher f = fraction.matcher(t);
      while (f.find()) {
        long x = Long.parseLong(f.group(1));
        long n = Long.parseLong(f.group(2));
        if (small(x) || small(n) || small(n - x)) {
          found.add(t);
        }
      }
    }
    // chart data: hover texts and legends carry counts too
    for (Element spec : page.select("script.plot-spec")) {
      // hover texts are HTML inside JSON: "<5/8" arrives as "\u0026lt;5/8"
      String data = spec.data().replace("\\u0026lt;", "<").replace("&lt;", "<");
      Matcher f = fraction.matcher(data);
      while (f.find()) {
        long x = Long.parseLong(f.group(1));
        long n = Long.parseLong(f.group(2));
        if (small(x) || small(n) || small(n - x)) {
          found.add(f.group() + " in " + spec.attr("data-for"));
        }
      }
      Matcher m = nEquals.matcher(data);
      while (m.find()) {
        if (small(Long.parseLong(m.group(1).replace(",", "")))) {
          found.add(m.group() + " in " + spec.attr("data-for"));
        }
      }
    }
    for (Element flowSpan : page.select("ol.flow span")) {
      Matcher m = Pattern.compile(": (\\d+)$").matcher(flowSpan.text());
      if (m.find() && small(Long.parseLong(m.group(1)))) {
        found.add(flowSpan.text());
      }
    }
    assertThat(found).isEmpty();
  }

  // ------------------------------------------------------------------ subgroups and agreement

  @Test
  void subgroupsAreSharedSuppressedAndNoHiddenLevelCanBeRecovered() throws Exception {
    List<Map<String, String>> rows = csv(shared, "subgroups.csv");
    List<Map<String, String>> plainRows = csv(plain, "subgroups.csv");
    assertThat(plainRows).as("data-samples has subgroups").isNotEmpty();
    assertThat(rows).hasSameSizeAs(plainRows);
    Map<String, Map<String, String>> byLevel = new LinkedHashMap<>();
    Map<String, List<Map<String, String>>> levelsOf = new LinkedHashMap<>();
    int hidden = 0;
    int shownN = 0;
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      assertThat(r.get("level")).isEqualTo(plainRows.get(i).get("level"));
      String group = factorGroup(r);
      byLevel.put(group + "|" + r.get("level"), r);
      levelsOf.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
      shownN += count(r, "n") == null ? 0 : 1;
      hidden += countsAndRatesGiveNothingAway(r);
    }
    for (Map<String, String> r : rows) {
      if (!r.get("response_diff").isEmpty()) {
        Map<String, String> reference =
            byLevel.get(factorGroup(r) + "|" + r.get("reference_level"));
        assertThat(r.get("response_rate")).as("difference without its rate: %s", r).isNotEmpty();
        assertThat(reference.get("response_rate"))
            .as("difference to a hidden reference rate: %s", r)
            .isNotEmpty();
      }
    }
    assertThat(hidden).as("data-samples has small subgroup cells").isGreaterThan(0);
    assertThat(shownN).as("not every subgroup is hidden").isGreaterThan(0);
    // the levels of a factor split the rates table's courses: the total minus the shown levels
    // must not leave a small count for the hidden ones
    Map<String, Map<String, String>> rates = new LinkedHashMap<>();
    for (Map<String, String> r : csv(shared, "response_remission.csv")) {
      rates.put(
          String.join(
              "|", r.get("study_id"), r.get("scale"), r.get("course_number"), r.get("analysis")),
          r);
    }
    int checked = 0;
    for (List<Map<String, String>> levels : levelsOf.values()) {
      Map<String, String> first = levels.get(0);
      Map<String, String> rate =
          rates.get(
              String.join(
                  "|",
                  first.get("study_id"),
                  first.get("scale"),
                  first.get("course_number"),
                  first.get("analysis")));
      assertThat(rate).as("a rates row for %s", first).isNotNull();
      for (String c : List.of("n", "responders", "remitters")) {
        Long total = count(rate, c);
        long shownSum = 0;
        int hiddenLevels = 0;
        for (Map<String, String> l : levels) {
          Long v = count(l, c);
          if (v == null) {
            hiddenLevels++;
          } else {
            shownSum += v;
          }
        }
        if (total != null && hiddenLevels > 0) {
          checked++;
          assertThat(small(total - shownSum))
              .as("rates %s minus the shown levels of %s: %d", c, first, total - shownSum)
              .isFalse();
        }
      }
    }
    assertThat(checked).isGreaterThan(0);
    pooledMinusStudies(
        rows,
        List.of("study_id"),
        List.of("scale", "course_number", "analysis", "factor", "level"),
        List.of("n", "responders", "remitters"));
  }

  /** The levels of one factor in one study, scale, course number and analysis. */
  private static String factorGroup(Map<String, String> r) {
    return String.join(
        "|",
        r.get("study_id"),
        r.get("scale"),
        r.get("course_number"),
        r.get("analysis"),
        r.get("factor"));
  }

  @Test
  void agreementIsSharedSuppressedAndKappaGoesWithAHiddenCell() throws Exception {
    List<Map<String, String>> rows = csv(shared, "agreement.csv");
    List<Map<String, String>> plainRows = csv(plain, "agreement.csv");
    assertThat(plainRows).as("data-samples has agreement rows").isNotEmpty();
    assertThat(rows).hasSameSizeAs(plainRows);
    List<String> cells = List.of("both", "madrs_only", "phq9_only", "neither");
    int hiddenCells = 0;
    for (Map<String, String> r : rows) {
      Long n = count(r, "n");
      long shownSum = 0;
      int hidden = 0;
      for (String c : cells) {
        Long v = count(r, c);
        if (v == null) {
          hidden++;
        } else {
          shownSum += v;
        }
      }
      hiddenCells += hidden;
      if (n != null && hidden > 0) {
        assertThat(small(n - shownSum)).as("n minus the shown cells of %s", r).isFalse();
      }
      if (hidden > 0 || n == null) {
        assertThat(r.get("suppressed")).isEqualTo("true");
        assertThat(r.get("agreement")).as("%s", r).isEmpty();
        assertThat(r.get("kappa")).as("%s", r).isEmpty();
        assertThat(r.get("kappa_ci_low")).as("%s", r).isEmpty();
      }
      if (n == null) {
        assertThat(r.get("pchg_correlation")).isEmpty();
      }
    }
    assertThat(hiddenCells).as("data-samples has small agreement cells").isGreaterThan(0);
    pooledMinusStudies(
        rows,
        List.of("study_id"),
        List.of("course_number", "endpoint"),
        List.of("n", "both", "madrs_only", "phq9_only", "neither"));
  }

  @Test
  void reportHtmlShowsTheSubgroupAndAgreementTables() throws Exception {
    Document page = Jsoup.parse(shared.resolve("reports/report.html").toFile(), "UTF-8");
    for (String id : List.of("subgroups", "agreement")) {
      Element section = page.selectFirst("section#" + id);
      assertThat(section).as(id).isNotNull();
      assertThat(section.text()).doesNotContain("left out").contains("min_cell_size " + K);
      assertThat(section.select("tbody tr")).as(id).isNotEmpty();
      assertThat(section.select("td").eachText()).contains("<" + K);
    }
    assertThat(page.select("section#subgroups script.plot-spec")).isNotEmpty();
  }

  // ------------------------------------------------------------------ safety tables

  @Test
  void safetyTablesAreSharedSuppressedNotLeftOut() throws Exception {
    int hidden = 0;
    for (String name : SAFETY_CSVS) {
      List<Map<String, String>> plainRows = csv(plain, name);
      List<Map<String, String>> rows = csv(shared, name);
      assertThat(plainRows).as("data-samples has %s rows", name).isNotEmpty();
      assertThat(rows).as(name).hasSameSizeAs(plainRows);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> r = rows.get(i);
        assertThat(r).as(name).containsKey("suppressed");
        assertThat(r.get("study_id")).isEqualTo(plainRows.get(i).get("study_id"));
        for (String column : COUNT_COLUMNS) {
          if (r.containsKey(column)) {
            assertThat(small(count(r, column))).as("%s %s %s", name, column, r).isFalse();
            if (r.get(column).isEmpty() && !plainRows.get(i).get(column).isEmpty()) {
              hidden++;
              assertThat(r.get("suppressed")).as("%s %s", name, r).isEqualTo("true");
            }
          }
        }
      }
    }
    assertThat(hidden).as("data-samples has small safety cells to hide").isGreaterThan(0);
  }

  @Test
  void noHiddenSafetyCountCanBeRecoveredAndItsStatisticsGoWithIt() throws Exception {
    for (Map<String, String> r : csv(shared, "vital_signs.csv")) {
      // one infusion's value: never shown in a shared report
      assertThat(r.get("max_peak")).isEmpty();
      Long n = count(r, "n_infusions");
      Long x = count(r, "exceeded_n");
      if (n == null || count(r, "n_subjects") == null) {
        assertThat(r.get("mean_peak")).as("%s", r).isEmpty();
        assertThat(r.get("sd_change")).as("%s", r).isEmpty();
        assertThat(r.get("mean_time_to_peak")).as("%s", r).isEmpty();
      }
      if (n == null || x == null) {
        assertThat(r.get("exceeded_rate")).as("%s", r).isEmpty();
      } else {
        assertThat(small(n - x)).as("n_infusions - exceeded_n: %s", r).isFalse();
      }
    }
    for (Map<String, String> r : csv(shared, "vital_signs_timecourse.csv")) {
      if (count(r, "n") == null) {
        assertThat(r.get("mean")).isEmpty();
        assertThat(r.get("sd")).isEmpty();
      }
    }
    for (Map<String, String> r : csv(shared, "dissociation.csv")) {
      assertThat(r.get("max_peak")).isEmpty();
      if (count(r, "n") == null) {
        assertThat(r.get("mean_peak")).isEmpty();
        assertThat(r.get("median_peak")).isEmpty();
      }
    }
    for (Map<String, String> r : csv(shared, "adverse_events.csv")) {
      Long subjects = count(r, "n_subjects");
      Long treated = count(r, "n_treated");
      if (subjects == null || treated == null) {
        assertThat(r.get("pct")).as("%s", r).isEmpty();
        assertThat(r.get("ci_low")).as("%s", r).isEmpty();
      } else {
        assertThat(small(treated - subjects)).as("n_treated - n_subjects: %s", r).isFalse();
      }
    }
    for (Map<String, String> r : csv(shared, "suicidality_summary.csv")) {
      Long n = count(r, "n");
      Long worsened = count(r, "worsened");
      if (n == null || worsened == null) {
        assertThat(r.get("worsened_rate")).as("%s", r).isEmpty();
      } else {
        assertThat(small(n - worsened)).as("n - worsened: %s", r).isFalse();
      }
      if (count(r, "emergent") == null) {
        assertThat(r.get("emergent_rate")).isEmpty();
      }
      if (count(r, "resolved") == null) {
        assertThat(r.get("resolved_rate")).isEmpty();
      }
    }
    // the shift grid against its summary n: the hidden cells of a grid do not add up to a small
    // count, nor does one hidden cell stand alone
    Map<String, Long> gridN = new HashMap<>();
    for (Map<String, String> r : csv(shared, "suicidality_summary.csv")) {
      gridN.put(
          r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number"), count(r, "n"));
    }
    Map<String, long[]> grids = new LinkedHashMap<>();
    for (Map<String, String> r : csv(shared, "suicidality.csv")) {
      String g = r.get("study_id") + "|" + r.get("scale") + "|" + r.get("course_number");
      long[] acc = grids.computeIfAbsent(g, x -> new long[2]);
      Long n = count(r, "n");
      if (n == null) {
        acc[1]++;
      } else {
        acc[0] += n;
      }
    }
    grids.forEach(
        (g, acc) -> {
          Long n = gridN.get(g);
          if (n != null && acc[1] > 0) {
            assertThat(acc[1]).as("one hidden cell in grid %s", g).isGreaterThan(1);
            assertThat(small(n - acc[0])).as("hidden cells of grid %s", g).isFalse();
          }
        });
    pooledMinusStudies(
        csv(shared, "vital_signs.csv"),
        List.of("study_id"),
        List.of("test", "course_number", "infusion_number"),
        List.of("n_infusions", "n_subjects", "exceeded_n"));
    pooledMinusStudies(
        csv(shared, "vital_signs_timecourse.csv"),
        List.of("study_id"),
        List.of("test", "minutes"),
        List.of("n"));
    pooledMinusStudies(
        csv(shared, "dissociation.csv"),
        List.of("study_id"),
        List.of("course_number", "infusion_number"),
        List.of("n"));
    pooledMinusStudies(
        csv(shared, "adverse_events.csv"),
        List.of("study_id"),
        List.of("course_number", "body_system", "preferred_term"),
        List.of("n_subjects", "n_events", "n_treated"));
    pooledMinusStudies(
        csv(shared, "suicidality.csv"),
        List.of("study_id"),
        List.of("scale", "course_number", "baseline_category", "worst_category"),
        List.of("n"));
    pooledMinusStudies(
        csv(shared, "suicidality_summary.csv"),
        List.of("study_id"),
        List.of("scale", "course_number"),
        List.of("n", "worsened", "emergent", "resolved"));
  }

  @Test
  void summaryJsonHoldsTheSuppressedSafetyRows() throws Exception {
    JsonNode safety =
        new ObjectMapper().readTree(shared.resolve("reports/summary.json").toFile()).get("safety");
    int nulls = 0;
    for (String table :
        List.of(
            "vital_signs",
            "vital_signs_timecourse",
            "dissociation",
            "adverse_events",
            "suicidality",
            "suicidality_summary")) {
      assertThat(safety.get(table)).as(table).isNotEmpty();
      for (JsonNode row : safety.get(table)) {
        assertThat(row.has("suppressed")).isTrue();
        for (JsonNode column : row.get("suppressed")) {
          // a hidden cell is written as null, not left out
          String field = column.asText();
          if (row.has(field)) {
            assertThat(row.get(field).isNull()).as("%s %s", table, row).isTrue();
            nulls++;
          }
        }
      }
    }
    assertThat(nulls).isGreaterThan(0);
    for (JsonNode row : safety.get("vital_signs")) {
      assertThat(row.get("max_peak").isNull()).isTrue();
    }
  }

  @Test
  void reportHtmlShowsTheSafetySectionWithoutSmallCounts() throws Exception {
    Document page = Jsoup.parse(shared.resolve("reports/report.html").toFile(), "UTF-8");
    Element section = page.selectFirst("section#safety");
    assertThat(section.text()).doesNotContain("left out").contains("min_cell_size " + K);
    assertThat(section.select("table.vital-signs tbody tr")).isNotEmpty();
    assertThat(section.select("table.adverse-events tbody tr")).isNotEmpty();
    Pattern fraction = Pattern.compile("(?<![<\\d,])(\\d[\\d,]*)/(\\d[\\d,]*)");
    Pattern number = Pattern.compile("^\\d[\\d,]*$");
    List<String> found = new ArrayList<>();
    for (Element td :
        section.select(
            "table.vital-signs td:eq(4), table.vital-signs td:eq(10), table.dissociation td:eq(3),"
                + " table.adverse-events td:eq(4), table.adverse-events td:eq(6), table.shift td,"
                + " table.vitals-timecourse td:eq(2), ul.suicidality-summary li")) {
      String t = td.text().trim();
      for (String part : t.split("[ ()]+")) {
        if (number.matcher(part).matches() && small(Long.parseLong(part.replace(",", "")))) {
          found.add(t);
        }
      }
      Matcher f = fraction.matcher(t);
      while (f.find()) {
        long x = Long.parseLong(f.group(1).replace(",", ""));
        long n = Long.parseLong(f.group(2).replace(",", ""));
        if (small(x) || small(n)) {
          found.add(t);
        }
      }
    }
    assertThat(found).isEmpty();
    for (Element spec : page.select("script.plot-spec[data-for^=fig-vitals]")) {
      Matcher m = Pattern.compile("n = (\\d[\\d,]*)").matcher(spec.data());
      while (m.find()) {
        assertThat(small(Long.parseLong(m.group(1).replace(",", "")))).as(m.group()).isFalse();
      }
    }
  }

  // ------------------------------------------------------------------ medications

  /**
   * The medications of data-samples (generic medications.csv, SDTM cm.csv and cm.xpt) reach the
   * course factors (docs/definitions.md, "Who responds: course factors"): a benzodiazepine
   * overlapping the course is {@code yes}, one that ended before it or started after it {@code no},
   * and a study without medications input {@code missing}.
   */
  @Test
  void benzodiazepinesOfTheMedicationInputsReachTheCourseFactors() {
    var spark = SharedSpark.get();
    var meds = spark.read().parquet(plain.resolve("normalized/medications").toString());
    assertThat(meds.select("study_id").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("KETA-01", "KETA-02", "KETA-03");
    Map<String, String> factor = new HashMap<>();
    Map<String, Set<String>> levelsByStudy = new HashMap<>();
    for (var r :
        spark
            .read()
            .parquet(plain.resolve("derived/course_factors").toString())
            .filter("scale = 'MADRS'")
            .select("study_id", "subject_id", "course_number", "benzodiazepine")
            .collectAsList()) {
      factor.put(r.getString(1) + "/" + r.getInt(2), r.getString(3));
      levelsByStudy
          .computeIfAbsent(r.getString(0), k -> new java.util.TreeSet<>())
          .add(r.getString(3));
    }
    for (String study : List.of("KETA-01", "KETA-02", "KETA-03")) {
      assertThat(levelsByStudy.get(study)).as(study).containsExactlyInAnyOrder("yes", "no");
    }
    for (String study : List.of("KETA-04", "KETA-05", "KETA-06", "ds005917")) {
      assertThat(levelsByStudy.get(study)).as(study).containsExactly("missing");
    }
    // generic/medications.csv: lorazepam since 2023-06, ongoing
    assertThat(factor).containsEntry("KETA-01-007/1", "yes");
    // lorazepam ended 2024-02-03, first infusion 2024-02-12; clonazepam ended 2024-02-13
    assertThat(factor).containsEntry("KETA-01-015/1", "no");
    assertThat(factor).containsEntry("KETA-01-026/1", "no").containsEntry("KETA-01-026/2", "no");
    // alprazolam 2024-04-06 to 2024-04-09, during course 1 (2024-04-01 to 04-12), not course 2
    assertThat(factor).containsEntry("KETA-01-034/1", "yes").containsEntry("KETA-01-034/2", "no");
    // lorazepam from 2024-04-28, after the only course ended on 2024-04-19
    assertThat(factor).containsEntry("KETA-01-038/1", "no");
    // no medication at all, in a study with medications input
    assertThat(factor).containsEntry("KETA-01-001/1", "no");
  }
}
