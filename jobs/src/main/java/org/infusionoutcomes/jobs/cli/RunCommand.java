package org.infusionoutcomes.jobs.cli;

import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import org.infusionoutcomes.jobs.pipeline.StageContext;
import picocli.CommandLine.Command;

/** {@code outcomes run}: every stage, inputs to the full output layout (README). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole pipeline: ingest -> derive -> analyse -> report, writing normalized/,"
            + " derived/, reports/ and run-manifest.json under --output. The output is built in a hidden sibling directory and renamed"
            + " into place when complete (docs/operations.md).")
final class RunCommand extends IngestCommand {
  /**
   * A killed or failed run never leaves a half-written output over a good one (docs/operations.md,
   * "`run` is safe too").
   */
  @Override
  boolean buildsBesideOutput() {
    return true;
  }

  @Override
  int runStages(StageContext c) {
    int exit = super.runStages(c);
    DeriveStage.run(c);
    AnalyzeStage.run(c, null);
    ReportStage.run(c);
    return exit;
  }
}
