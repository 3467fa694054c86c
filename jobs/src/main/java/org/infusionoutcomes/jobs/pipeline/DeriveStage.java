package org.infusionoutcomes.jobs.pipeline;

import java.util.Map;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.transform.spark.DeriveJob;
import org.infusionoutcomes.transform.spark.SafetyJob;

/** Runs the derive stage for the CLI and records it in the manifest. */
public final class DeriveStage {
  private DeriveStage() {}

  public static void run(StageContext c) {
    long t0 = System.nanoTime();
    StoredScales.requireKnown(c.spark(), c.outputDir(), c.registry());
    Map<String, Long> rows =
        new java.util.LinkedHashMap<>(
            DeriveJob.run(
                c.spark(), c.outputDir(), c.config().derive(), c.config().factors(), c.registry()));
    rows.putAll(SafetyJob.run(c.spark(), c.outputDir(), c.config().safety()));
    RunManifest manifest = c.manifest();
    manifest.timing("derive", (System.nanoTime() - t0) / 1e9);
    rows.forEach(
        (table, n) -> manifest.output(OutputLayout.relativeDerived(table), Map.of("rows", n)));
  }
}
