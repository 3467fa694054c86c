package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.spark.IngestResult;
import org.infusionoutcomes.ingest.spark.InputPlan;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code outcomes run}: every stage, inputs to the full output layout of SPEC §7. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole pipeline: ingest -> derive -> analyse -> report, writing the layout of SPEC §7 under --output.")
final class RunCommand extends StageCommand {
  @Mixin InputOptions input;

  @Override
  String name() {
    return "run";
  }

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
    DeriveStage.run(spark, outputDir, config, registry, manifest);
    AnalyzeStage.run(spark, hadoop, outputDir, config, manifest);
    ReportStage.run(hadoop, outputDir, manifest);
    return IngestStage.exitCode(result, settings);
  }
}
