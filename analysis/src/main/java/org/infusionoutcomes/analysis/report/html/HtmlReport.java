package org.infusionoutcomes.analysis.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.settings.AnalysisErrors;

/**
 * Renders the analyst's report ({@code report.html}, docs/report.md): one self-contained page that
 * opens offline from the file system, with its charts drawn by plotly.js loaded from {@code
 * assets/} by relative path.
 *
 * <p>The page holds, in order: the run (studies, run id, tool version and commit, files and records
 * read and rejected), the definitions and the effective configuration; response and remission rates
 * with Wilson intervals; durability and time to response as Kaplan-Meier curves with at-risk tables
 * and summary tables; score trajectories; log-rank tests (descriptive, unadjusted); safety
 * monitoring (vital signs, CADSS, adverse events, suicidality items); and the data-quality checks.
 * Every number shows its denominator.
 *
 * <p>Safety: every text from the data is HTML-escaped, chart data is embedded as JSON that cannot
 * end its script block, and a Content-Security-Policy allows no network access and no script but
 * the page's own. Output is deterministic: the same data gives byte-identical HTML (no timestamps;
 * element ids numbered in page order; maps without an order of their own are sorted).
 */
public final class HtmlReport {
  /** The file name the page is written as. */
  public static final String FILE_NAME = "report.html";

  /** The directory, next to the page, that {@link RenderedReport#assets()} are written into. */
  public static final String ASSETS_DIRECTORY = "assets";

  private static final String RESOURCES = "/org/infusionoutcomes/analysis/report/html/";
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** An entry of the table of contents: a section's element id and title. */
  record TocEntry(String id, String title) {}

  private HtmlReport() {}

  /**
   * Renders the report. Reads classpath resources only (plotly.js from its webjar, the page's CSS
   * and script); writes nothing.
   *
   * @return the page and the files to write under {@value #ASSETS_DIRECTORY}{@code /}
   * @throws IllegalStateException when the plotly.js webjar is not on the classpath
   */
  public static RenderedReport render(ReportData data) {
    Objects.requireNonNull(data, "data");
    Formats.minCellSize(data.minCellSize());
    try {
      return renderPage(data);
    } finally {
      Formats.minCellSize(null);
    }
  }

  private static RenderedReport renderPage(ReportData data) {
    PlotlyAsset plotly = PlotlyAsset.get();
    Figures figures = new Figures(plotly.fileName);
    List<Integer> landmarks = list(data.landmarkDays());

    String body =
        RunSection.section(data)
            + FlowSection.render(data)
            + ResponseSection.render(data, figures)
            + SurvivalSection.render(
                SurvivalSection.DURABILITY,
                list(data.durabilitySummary()),
                list(data.durabilityKm()),
                landmarks,
                data.definitions(),
                figures)
            + SurvivalSection.render(
                SurvivalSection.TIME_TO_RESPONSE,
                list(data.timeToResponseSummary()),
                list(data.timeToResponseKm()),
                landmarks,
                data.definitions(),
                figures)
            + TrajectorySection.render(list(data.trajectory()), figures)
            + LogRankSection.render(list(data.logRank()))
            + SafetySection.render(data.safety(), data.minCellSize(), figures)
            + QualitySection.render(data.quality())
            + SubgroupSection.render(list(data.subgroups()), data.minCellSize(), figures)
            + AgreementSection.render(list(data.agreement()), data.minCellSize())
            + SurvivalSection.render(
                SurvivalSection.TIME_TO_REMISSION,
                list(data.timeToRemissionSummary()),
                list(data.timeToRemissionKm()),
                landmarks,
                data.definitions(),
                figures);
    List<TocEntry> toc =
        List.of(
            new TocEntry("run", "1. Run and definitions"),
            new TocEntry(FlowSection.ID, "2. Population flow"),
            new TocEntry(ResponseSection.ID, "3. Response and remission"),
            new TocEntry(SurvivalSection.DURABILITY.id(), "4. Durability"),
            new TocEntry(SurvivalSection.TIME_TO_RESPONSE.id(), "5. Time to response"),
            new TocEntry(TrajectorySection.ID, "6. Trajectories"),
            new TocEntry(LogRankSection.ID, "7. Log-rank"),
            new TocEntry(SafetySection.ID, "8. Safety"),
            new TocEntry(QualitySection.ID, "9. Data quality"),
            new TocEntry(SubgroupSection.ID, "10. Who responds"),
            new TocEntry(AgreementSection.ID, "11. Agreement"),
            new TocEntry(SurvivalSection.TIME_TO_REMISSION.id(), "12. Time to remission"));

    RunInfo run = data.run();
    Markup page = new Markup();
    page.raw("<!DOCTYPE html>\n").open("html", "lang", "en").newline();
    page.open("head").newline();
    page.open("meta", "charset", "utf-8").newline();
    page.open("meta", "http-equiv", "Content-Security-Policy", "content", contentSecurityPolicy());
    page.newline();
    page.open("meta", "name", "referrer", "content", "no-referrer").newline();
    page.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    page.newline();
    page.open("meta", "name", "generator", "content", "infusion-outcomes " + run.toolVersion());
    page.newline();
    page.element("title", "Infusion outcomes report — " + run.studies()).newline();
    page.open("style").raw(CSS).close("style").newline();
    page.open("script", "src", ASSETS_DIRECTORY + "/" + plotly.fileName).close("script");
    page.newline().close("head").newline();
    page.open("body").newline().open("main").newline();
    page.raw(RunSection.header(data, toc));
    page.raw(suppressionNotice(data.minCellSize()));
    page.raw(body);
    page.open("footer").newline();
    page.element(
            "p",
            "infusion-outcomes "
                + run.toolVersion()
                + " (commit "
                + run.gitCommit()
                + "), run "
                + run.runId()
                + ". Charts drawn by plotly.js "
                + plotly.version
                + " (MIT licence, "
                + ASSETS_DIRECTORY
                + "/"
                + plotly.licenseFileName
                + ") from "
                + ASSETS_DIRECTORY
                + "/; this page loads nothing from the network. De-identified data: share it"
                + " only as your data agreement allows.")
        .newline();
    page.close("footer").newline();
    page.close("main").newline();
    page.open("script").raw(SCRIPT).close("script").newline();
    page.close("body").newline().close("html").newline();

    Map<String, byte[]> assets = new LinkedHashMap<>();
    assets.put(plotly.fileName, plotly.script());
    assets.put(plotly.licenseFileName, plotly.license());
    return new RenderedReport(page.toString(), assets);
  }

  /**
   * The statement of k (docs/report.md, "Sharing a report outside the team") under the header, or
   * nothing without suppression.
   */
  private static String suppressionNotice(Integer k) {
    if (k == null) {
      return "";
    }
    return new Markup()
        .open("p", "class", "suppression", "id", "suppression")
        .element("strong", "Small cells suppressed (min_cell_size " + k + "). ")
        .text(
            "Every count from 1 to "
                + (k - 1)
                + " is hidden, with every rate, interval and statistic computed from it, and"
                + " further counts where a total, a complement or another table would reveal it."
                + " A hidden count reads \"<"
                + k
                + "\" (also one hidden only to protect another, so it may be larger); a hidden"
                + " statistic reads \""
                + Formats.SUPPRESSED
                + "\". Kaplan–Meier curves are drawn from event and censoring counts rounded down"
                + " to multiples of "
                + k
                + ", and end where fewer than "
                + k
                + " courses would remain; groups with n below "
                + k
                + " have no curve, mean or median. The CSVs and summary.json are suppressed in"
                + " the same way; see docs/report.md.")
        .close("p")
        .newline()
        .toString();
  }

  /**
   * No network, no plug-ins, no forms; scripts only from the page's own location (the plotly.js
   * asset) and the one inline script, by its hash. {@code file:} is listed because browsers differ
   * on whether {@code 'self'} covers a page opened from the file system. Styles may be inline:
   * Plotly sets them.
   */
  private static String contentSecurityPolicy() {
    return "default-src 'none'; script-src 'self' file: 'sha256-"
        + sha256Base64(SCRIPT)
        + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
        + " connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
  }

  private static String sha256Base64(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder().encodeToString(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw AnalysisErrors.missingResource(name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list from the data, empty for null. */
  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
