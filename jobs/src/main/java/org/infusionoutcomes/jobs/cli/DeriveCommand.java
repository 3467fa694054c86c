package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.StageContext;
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
  int runStages(StageContext c) {
    DeriveStage.run(c);
    return ExitCodes.OK;
  }
}
