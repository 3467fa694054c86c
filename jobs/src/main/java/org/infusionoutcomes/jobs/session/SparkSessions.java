package org.infusionoutcomes.jobs.session;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.jobs.BuildInfo;

/**
 * Builds the session of a CLI run. The master is, in order: {@code --master}, what {@code
 * spark-submit} set, else {@code local[*]} - the library itself never picks one.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The session for a run.
   *
   * @param master the {@code --master} option, or null
   * @param showProgress whether Spark's console progress bar may be shown
   */
  public static SparkSession create(String master, boolean showProgress) {
    SparkConf conf = new SparkConf(true); // picks up spark-submit's settings
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "infusion-outcomes");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.set("spark.ui.showConsoleProgress", Boolean.toString(showProgress));
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.set("spark.sql.datetime.java8API.enabled", "true");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      // Clinical exports are small: a few shuffle partitions per core beat Spark's default 200.
      conf.setIfMissing(
          "spark.sql.shuffle.partitions",
          Integer.toString(Math.max(2, 2 * Runtime.getRuntime().availableProcessors())));
    }
    String opens = BuildInfo.sparkJvmOptions();
    if (!opens.isBlank()) {
      String existing = conf.get("spark.executor.extraJavaOptions", "");
      if (!existing.contains("--add-opens")) {
        conf.set("spark.executor.extraJavaOptions", (existing + " " + opens).trim());
      }
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    return spark;
  }
}
