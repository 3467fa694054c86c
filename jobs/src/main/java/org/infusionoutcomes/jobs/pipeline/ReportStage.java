package org.infusionoutcomes.jobs.pipeline;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.html.HtmlReport;
import org.infusionoutcomes.analysis.report.html.RenderedReport;
import org.infusionoutcomes.analysis.spark.ReportFiles;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the report stage: renders {@code <out>/reports/report.html} and its {@code assets/} from
 * {@code summary.json}, so a report can be re-rendered without re-running the analysis.
 */
public final class ReportStage {
  private static final Logger LOG = LoggerFactory.getLogger(ReportStage.class);

  private ReportStage() {}

  public static void run(StageContext c) {
    Configuration hadoop = c.hadoop();
    String outputDir = c.outputDir();
    RunManifest manifest = c.manifest();
    long t0 = System.nanoTime();
    ReportData data = ReportFiles.readSummary(hadoop, outputDir);
    RenderedReport report = HtmlReport.render(data);
    ReportFiles.writeBytes(
        hadoop,
        outputDir,
        HtmlReport.FILE_NAME,
        report.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> asset : report.assets().entrySet()) {
      ReportFiles.writeBytes(
          hadoop, outputDir, HtmlReport.ASSETS_DIRECTORY + "/" + asset.getKey(), asset.getValue());
    }
    manifest.timing("report", (System.nanoTime() - t0) / 1e9);
    manifest.output(
        OutputLayout.relativeReport(HtmlReport.FILE_NAME),
        Map.of("assets", report.assets().size()));
    LOG.info("report: {}/reports/{} (opens offline)", outputDir, HtmlReport.FILE_NAME);
  }
}
