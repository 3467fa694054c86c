package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import picocli.CommandLine.Command;

/**
 * {@code outcomes analyze}: the report tables, summary and quality report from the derived tables.
 */
@Command(
    name = "analyze",
    aliases = "analyse",
    mixinStandardHelpOptions = true,
    description =
        "Compute the report tables, summary.json and quality.json under <out>/reports/ (docs/statistics.md).")
final class AnalyzeCommand extends OutputStageCommand {
  @Override
  int runStages(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    AnalyzeStage.run(spark, hadoop, outputDir, config, registry, manifest);
    return ExitCodes.OK;
  }
}
