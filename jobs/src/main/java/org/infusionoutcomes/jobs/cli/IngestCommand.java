package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code outcomes ingest}: the ingest stage alone - inputs to {@code <out>/normalized/}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Read the inputs into the canonical tables under <out>/normalized/ (docs/formats.md).")
class IngestCommand extends StageCommand {
  @Mixin InputOptions input;

  @Override
  int runStages(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    RunSettings settings =
        new RunSettings(input.inputs, outputDir, common.config, config, registry, input.format);
    InputPlan plan = IngestStage.discover(hadoop, settings);
    IngestResult result = IngestStage.run(spark, settings, plan, manifest);
    return IngestStage.exitCode(result, settings.config().ingest().rejectThreshold());
  }
}
