package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import picocli.CommandLine.Command;

/** {@code outcomes run}: every stage, inputs to the full output layout (README). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole pipeline: ingest -> derive -> analyse -> report, writing the output layout"
            + " of the README under --output.")
final class RunCommand extends IngestCommand {
  @Override
  int runStages(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    int exit = super.runStages(spark, hadoop, outputDir, config, registry, manifest);
    DeriveStage.run(spark, outputDir, config, registry, manifest);
    AnalyzeStage.run(spark, hadoop, outputDir, config, registry, manifest);
    ReportStage.run(hadoop, outputDir, manifest);
    return exit;
  }
}
