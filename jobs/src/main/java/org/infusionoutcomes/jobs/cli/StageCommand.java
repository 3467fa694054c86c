package org.infusionoutcomes.jobs.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.config.OutcomesConfig;
import org.infusionoutcomes.jobs.lock.OutputLock;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.manifest.ScaleDefinitions;
import org.infusionoutcomes.jobs.nightly.AtomicOutputDirectory;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import org.infusionoutcomes.jobs.pipeline.StageContext;
import org.infusionoutcomes.jobs.session.SparkSessions;
import picocli.CommandLine.Mixin;

/**
 * The frame of every command that runs pipeline stages: validate the configuration before any work,
 * start Spark, run the stages, write the manifest (also when a stage fails), map the outcome to an
 * exit code.
 */
abstract class StageCommand extends OutcomesCommand {
  @Mixin CommonOptions common;
  @Mixin OutputOptions output;

  /** The command's name in the manifest. */
  final String name() {
    return spec.name();
  }

  /** Runs the command's stages into {@code outputDir}; returns the exit code. */
  abstract int runStages(StageContext c);

  /** The run's settings; commands that read inputs add them. */
  RunSettings settings(String outputDir, OutcomesConfig config, ScaleRegistry registry) {
    return new RunSettings(List.of(), outputDir, common.config, config, registry, null);
  }

  /** Whether the command starts a new manifest (ingest does) or extends the existing one. */
  boolean startsNewManifest() {
    return true;
  }

  /**
   * Whether the command builds its output in a temporary sibling of {@code --output} and renames it
   * into place when complete ({@code run}, docs/operations.md, "`run` is safe too"), instead of
   * writing into it directly.
   */
  boolean buildsBesideOutput() {
    return false;
  }

  /**
   * The output directory as given (qualified): where a previous complete run lives. Stages write
   * into a temporary sibling of it when {@link #buildsBesideOutput()}.
   */
  String publishedDir;

  @Override
  public final Integer call() {
    RunSettings.Loaded loaded = common.configureAndLoad(new Configuration());
    Configuration bootstrap = new Configuration();
    // One run per output folder: taken before Spark starts, so a refused run touches nothing.
    try (OutputLock lock =
        OutputLock.acquire(
            bootstrap,
            InputDiscovery.qualified(bootstrap, output.dir),
            Duration.ofHours(loaded.config().nightly().lockStaleHours()))) {
      return runLocked(loaded.registry(), loaded.config());
    }
  }

  private int runLocked(ScaleRegistry registry, OutcomesConfig config) {
    SparkSession spark = SparkSessions.create(common.master, common.showProgress());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    publishedDir = InputDiscovery.qualified(hadoop, output.dir).toString();
    AtomicOutputDirectory atomic =
        buildsBesideOutput() ? AtomicOutputDirectory.beside(hadoop, publishedDir) : null;
    String outputDir = atomic == null ? publishedDir : atomic.buildDir();
    RunManifest manifest =
        startsNewManifest()
            ? RunManifest.start(name())
            : RunManifest.loadOrStart(hadoop, outputDir, name());
    describe(manifest, spark, registry, common.config, config);
    int exit;
    try {
      exit =
          runStages(
              new StageContext(
                  spark,
                  hadoop,
                  settings(outputDir, config, registry),
                  buildsBesideOutput() ? publishedDir : outputDir,
                  manifest));
    } catch (RuntimeException | Error e) {
      // The manifest of a failed run is written when it can be; on a full disk it cannot, and
      // that second failure must not hide the first.
      try {
        if (atomic == null) {
          manifest.finishAndWrite(hadoop, outputDir, ExitCodes.FAILURE, status(ExitCodes.FAILURE));
        } else {
          atomic.discard();
        }
      } catch (RuntimeException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    manifest.finishAndWrite(hadoop, outputDir, exit, status(exit));
    if (atomic != null) {
      atomic.publish();
    }
    return exit;
  }

  /** Writes the tool, versions and configuration of a run into its manifest. */
  static void describe(
      RunManifest manifest,
      SparkSession spark,
      ScaleRegistry registry,
      String configFile,
      OutcomesConfig config) {
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "infusion-outcomes");
    tool.put("version", BuildInfo.version());
    tool.put("git_commit", BuildInfo.gitCommit());
    manifest.put("tool", tool);
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("java", System.getProperty("java.version"));
    versions.put("spark", spark.version());
    versions.put(
        "scales",
        registry.scales().stream()
            .collect(
                Collectors.toMap(
                    ScaleDefinition::id, ScaleDefinition::version, (a, b) -> a, TreeMap::new)));
    manifest.put("versions", versions);
    manifest.put("config_file", configFile);
    manifest.put("config", config.asMap());
    manifest.put(ScaleDefinitions.KEY, ScaleDefinitions.of(registry));
    manifest.put("spark_master", spark.sparkContext().master());
  }

  private static String status(int exit) {
    return switch (exit) {
      case ExitCodes.OK -> "success";
      case ExitCodes.REJECTS_ABOVE_THRESHOLD -> "finished_with_rejects";
      default -> "failed";
    };
  }
}
