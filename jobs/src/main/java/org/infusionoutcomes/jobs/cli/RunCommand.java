package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import picocli.CommandLine.Command;

/** {@code outcomes run}: every stage, inputs to the full output layout of SPEC §7. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole pipeline: ingest -> derive -> analyse -> report, writing normalized/,"
            + " derived/, reports/ and run-manifest.json under --output. The output is built in a hidden sibling directory and renamed"
            + " into place when complete (docs/operations.md).")
final class RunCommand extends IngestCommand {
  /** SPEC §10: a killed or failed run never leaves a half-written output over a good one. */
  @Override
  boolean buildsBesideOutput() {
    return true;
  }

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
    AnalyzeStage.run(spark, hadoop, outputDir, config, manifest, publishedDir, null);
    ReportStage.run(hadoop, outputDir, manifest);
    return exit;
  }
}
