package org.infusionoutcomes.ingest.spark;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Spark compiles Java code for the run's queries, chosen by the size of the input
 * (docs/decisions.md, "Speed"). Spark generates and compiles a class for every stage of every
 * query; a run plans a few hundred small queries, and on a clinical export of a few megabytes the
 * compiling took about a third of the processor time while the rows took little. Below {@link
 * #INTERPRETED_MAX_BYTES} of input the run evaluates expressions by interpretation instead (same
 * results, tested); above it, where the rows dominate, Spark compiles as usual. A setting the user
 * gave ({@code spark.sql.codegen.wholeStage} or {@code spark.sql.codegen.factoryMode}, through
 * {@code spark-submit --conf} or {@code OUTCOMES_JAVA_OPTS=-D...}) is never overridden; the system
 * property {@value #PROPERTY} ({@code auto}, the default, {@code on} or {@code off}) fixes the
 * choice for any size.
 */
public final class CodeGeneration {
  private static final Logger LOG = LoggerFactory.getLogger(CodeGeneration.class);

  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /** The system property that fixes the choice: {@code auto} (default), {@code on}, {@code off}. */
  public static final String PROPERTY = "outcomes.spark.codegen";

  /**
   * Input size up to which queries are interpreted: 32 MiB. Measured on 2 cores (docs/decisions.md,
   * "Speed"; docs/benchmarks.md, section of 2026-12-07): interpreted was faster at 4 MB
   * (data-samples, 59 s against 80 s) and at 19 MB (119 files, 116 s against 148 s), slower at 92
   * MB (262 s against 192 s).
   */
  public static final long INTERPRETED_MAX_BYTES = 32L << 20;

  private CodeGeneration() {}

  /**
   * Sets the session's code generation for an input of {@code inputBytes} bytes (the run's session:
   * the setting holds for the stages that follow).
   *
   * @return whether the queries are interpreted
   */
  public static boolean chooseFor(SparkSession spark, long inputBytes) {
    if (spark.sparkContext().getConf().contains(WHOLE_STAGE)
        || spark.sparkContext().getConf().contains(FACTORY_MODE)) {
      return false;
    }
    String fixed = System.getProperty(PROPERTY, "auto").trim();
    boolean interpreted =
        switch (fixed) {
          case "on" -> false;
          case "off" -> true;
          default -> inputBytes <= INTERPRETED_MAX_BYTES;
        };
    spark.conf().set(WHOLE_STAGE, Boolean.toString(!interpreted));
    spark.conf().set(FACTORY_MODE, interpreted ? "NO_CODEGEN" : "FALLBACK");
    LOG.debug("code generation {} for {} byte(s) of input", interpreted ? "off" : "on", inputBytes);
    return interpreted;
  }
}
