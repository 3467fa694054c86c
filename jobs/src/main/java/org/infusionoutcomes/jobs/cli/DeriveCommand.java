package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import picocli.CommandLine.Command;

/**
 * {@code outcomes derive}: the derive stage alone, on an output that holds the canonical tables.
 */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description =
        "Derive courses, visit and course outcomes and time-to-event rows under <out>/derived/ (docs/definitions.md).")
final class DeriveCommand extends OutputStageCommand {
  @Override
  int runStages(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    DeriveStage.run(spark, outputDir, config, registry, manifest);
    return ExitCodes.OK;
  }
}
