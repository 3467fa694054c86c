package org.infusionoutcomes.analysis.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.infusionoutcomes.analysis.report.disclosure.SmallCellSuppression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the rendered report in headless Chromium from the file system, offline, and checks that
 * Plotly drew every chart. Skipped only when no Chromium is installed ({@code apt-get install
 * chromium}); fails when Chromium is there but a chart is not drawn. The page, its screenshot and
 * Chromium's console log are left in {@code target/report-browser/} to look at.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "report-browser");
  private static String chromium;
  private static Path page;
  private static List<String> chartIds;
  private static Path sharedPage;
  private static List<String> sharedChartIds;

  @BeforeAll
  static void writeReport() throws Exception {
    chromium = findChromium();
    Assumptions.assumeTrue(
        chromium != null,
        "no Chromium found (/usr/bin/chromium, chromium or chromium-browser on PATH, or env"
            + " CHROMIUM): install it with 'apt-get install -y chromium' to run the browser test");
    deleteRecursively(OUT);
    RenderedReport report = HtmlReport.render(ReportFixtures.withFlowAndWaterfall());
    page = RenderSample.write(report, OUT).toAbsolutePath();
    chartIds = Jsoup.parse(report.html()).select("div.plot").eachAttr("id");
    assertThat(chartIds).hasSize(33).contains("fig-waterfall-1", "fig-waterfall-2");
    // the same data as a report to share outside the team (min_cell_size 5)
    RenderedReport shared =
        HtmlReport.render(SmallCellSuppression.apply(ReportFixtures.withFlowAndWaterfall(), 5));
    sharedPage = RenderSample.write(shared, OUT.resolve("shared")).toAbsolutePath();
    sharedChartIds = Jsoup.parse(shared.html()).select("div.plot").eachAttr("id");
    // suppressed subgroups are drawn too (a hidden difference has no point), not left out
    assertThat(sharedChartIds).anyMatch(id -> id.startsWith("fig-forest"));
  }

  @Test
  void sharedReportDrawsFlowAndWaterfallOfflineShowsLessThanKAndSelectsAStudy(@TempDir Path profile)
      throws Exception {
    Path dom = OUT.resolve("shared-dom.html");
    Path log = OUT.resolve("chromium-shared.log");
    run(
        profile,
        log,
        dom,
        "--virtual-time-budget=10000",
        "--dump-dom",
        sharedPage.toUri().toString());

    String html = Files.readString(dom, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    for (String id : sharedChartIds) {
      assertThat(doc.getElementById(id).select("svg.main-svg")).as("no SVG in %s", id).isNotEmpty();
    }
    assertThat(doc.getElementById("fig-waterfall-1").select("g.barlayer path")).isNotEmpty();
    assertThat(doc.select("section#flow ol.flow")).hasSize(12);
    assertThat(doc.select("#suppression").text()).contains("min_cell_size 5");
    assertThat(doc.select("table.rates td").eachText()).anyMatch(t -> t.startsWith("<5"));
    // the page's script revealed the study selector and shows the pooled rows only
    Element filter = doc.selectFirst("section#flow div.study-filter");
    assertThat(filter.hasAttr("hidden")).isFalse();
    assertThat(doc.select("section#flow div.card[data-study=ALL]"))
        .allMatch(c -> !c.hasClass("filtered-out"));
    assertThat(doc.select("section#flow div.card[data-study=KET-TRIAL-01]"))
        .isNotEmpty()
        .allMatch(c -> c.hasClass("filtered-out"));
    assertThat(consoleMessages(Files.readString(log, StandardCharsets.UTF_8)))
        .noneMatch(m -> m.contains("Uncaught") || m.contains("Content Security Policy"));
  }

  @Test
  void everyChartIsDrawnOfflineWithoutScriptErrors(@TempDir Path profile) throws Exception {
    Path dom = OUT.resolve("dom.html");
    Path log = OUT.resolve("chromium-dump-dom.log");
    run(profile, log, dom, "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString());

    String html = Files.readString(dom, StandardCharsets.UTF_8);
    String console = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(html).as("Chromium printed no DOM").contains("</html>");
    Document doc = Jsoup.parse(html);
    for (String id : chartIds) {
      Element div = doc.getElementById(id);
      assertThat(div).as(id).isNotNull();
      assertThat(div.classNames()).as("Plotly did not take over %s", id).contains("js-plotly-plot");
      assertThat(div.select("svg.main-svg")).as("no Plotly SVG in %s", id).isNotEmpty();
      assertThat(div.select(".plot-fallback")).as("fallback text left in %s", id).isEmpty();
    }
    // the KM curves are drawn as paths, the censor marks as points
    assertThat(doc.getElementById("fig-durability-1").select("g.scatterlayer path.js-line"))
        .isNotEmpty();
    assertThat(doc.getElementById("fig-response-1").select("g.barlayer path")).isNotEmpty();
    assertThat(html + console).doesNotContain("Plotly is not defined");
    assertThat(consoleMessages(console))
        .as("browser console")
        .noneMatch(
            m ->
                m.contains("Uncaught")
                    || m.contains("Content Security Policy")
                    || m.contains("Failed to load")
                    || m.contains("ERR_"));
  }

  @Test
  void aScreenshotShowsThePage(@TempDir Path profile) throws Exception {
    Path png = OUT.resolve("report.png").toAbsolutePath();
    run(
        profile,
        OUT.resolve("chromium-screenshot.log"),
        null,
        "--virtual-time-budget=10000",
        "--window-size=1280,2000",
        "--screenshot=" + png,
        page.toUri().toString());
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).as("screenshot size").isGreaterThan(60_000);
    ByteBuffer header = ByteBuffer.wrap(bytes);
    assertThat(header.getLong(0)).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
    assertThat(header.getInt(16)).as("width").isEqualTo(1280);
    assertThat(header.getInt(20)).as("height").isEqualTo(2000);
  }

  private static void run(Path profile, Path log, Path stdout, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    pb.redirectOutput(
        stdout == null
            ? ProcessBuilder.Redirect.DISCARD
            : ProcessBuilder.Redirect.to(stdout.toFile()));
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 180 s: " + cmd);
    }
    assertThat(p.exitValue()).as("Chromium exit code; see " + log).isZero();
  }

  /** The page's console messages from Chromium's log, e.g. {@code INFO:CONSOLE(12)] "..."}. */
  private static List<String> consoleMessages(String log) {
    return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
  }

  private static String findChromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      return env;
    }
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      return "/usr/bin/chromium";
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
