package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import org.infusionoutcomes.jobs.pipeline.StageContext;
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
  RunSettings settings(String outputDir, OutcomesConfig config, ScaleRegistry registry) {
    return new RunSettings(
        input.inputs, outputDir, common.config, config, registry, input.format());
  }

  @Override
  int runStages(StageContext c) {
    InputPlan plan = IngestStage.discover(c.hadoop(), c.settings());
    IngestResult result = IngestStage.run(c, plan);
    return IngestStage.exitCode(result, c.config().ingest().rejectThreshold());
  }
}
