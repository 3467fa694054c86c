package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import org.infusionoutcomes.jobs.pipeline.StageContext;
import picocli.CommandLine.Command;

/** {@code outcomes report}: renders the HTML report from an analysed output. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Render <out>/reports/report.html (offline, with assets/) from <out>/reports/summary.json.")
final class ReportCommand extends OutputStageCommand {
  @Override
  int runStages(StageContext c) {
    ReportStage.run(c);
    return ExitCodes.OK;
  }
}
