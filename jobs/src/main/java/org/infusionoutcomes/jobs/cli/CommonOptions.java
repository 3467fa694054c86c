package org.infusionoutcomes.jobs.cli;

import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import picocli.CommandLine.Option;

/** Options every stage command takes. */
final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (YAML or JSON; every key and its default: data-samples/outcomes.yaml)."
              + " Defaults apply without it.")
  String config;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: what spark-submit set, else local[*]).")
  String master;

  @Option(
      names = {"-q", "--quiet"},
      description = "Only warnings and errors on stderr.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Debug output, including Spark's own log.")
  boolean verbose;

  /**
   * The start of every command that runs on a configuration: logging as asked by {@code --quiet}
   * and {@code --verbose}, then the {@code --config} file (or the defaults) loaded and validated
   * ({@link RunSettings#load}).
   */
  RunSettings.Loaded configureAndLoad(Configuration conf) {
    Logging.configure(quiet, verbose);
    return RunSettings.load(conf, config);
  }

  /** Spark's console progress bar: only on a terminal and when not quiet. */
  boolean showProgress() {
    return !quiet && System.console() != null;
  }
}
