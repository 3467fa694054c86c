package org.infusionoutcomes.jobs.pipeline;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.manifest.RunManifest;

/**
 * What every stage of one run works with: the session, where it writes, where the previous complete
 * output lives, the validated settings and the manifest it records itself in.
 *
 * @param spark the session
 * @param hadoop the session's Hadoop configuration
 * @param settings the run's settings; {@code settings.outputDir()} is where the stages write
 * @param previousDir the previous complete output ("changes since last run" compares with it), or
 *     null when there is none
 * @param manifest the run manifest
 */
public record StageContext(
    SparkSession spark,
    Configuration hadoop,
    RunSettings settings,
    String previousDir,
    RunManifest manifest) {

  /** Where the stages write. */
  public String outputDir() {
    return settings.outputDir();
  }

  /** The effective configuration. */
  public OutcomesConfig config() {
    return settings.config();
  }

  /** The scales of this run. */
  public ScaleRegistry registry() {
    return settings.registry();
  }
}
