package org.infusionoutcomes.jobs.pipeline;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.transform.spark.DeriveJob;

/** Runs the derive stage for the CLI and records it in the manifest. */
public final class DeriveStage {
  private DeriveStage() {}

  public static void run(
      SparkSession spark,
      String outputDir,
      OutcomesConfig config,
      ScaleRegistry registry,
      RunManifest manifest) {
    long t0 = System.nanoTime();
    Map<String, Long> rows =
        DeriveJob.run(spark, outputDir, config.derive(), config.factors(), registry);
    manifest.timing("derive", (System.nanoTime() - t0) / 1e9);
    rows.forEach(
        (table, n) -> manifest.output(OutputLayout.relativeDerived(table), Map.of("rows", n)));
  }
}
