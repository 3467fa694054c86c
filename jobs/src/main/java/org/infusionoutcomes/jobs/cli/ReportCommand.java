package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import picocli.CommandLine.Command;

/** {@code outcomes report}: renders the HTML report from an analysed output. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Render <out>/reports/report.html (offline, with assets/) from <out>/reports/summary.json.")
final class ReportCommand extends OutputStageCommand {
  @Override
  int runStages(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    ReportStage.run(hadoop, outputDir, manifest);
    return ExitCodes.OK;
  }
}
