package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.StageContext;
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
  int runStages(StageContext c) {
    AnalyzeStage.run(c, null);
    return ExitCodes.OK;
  }
}
