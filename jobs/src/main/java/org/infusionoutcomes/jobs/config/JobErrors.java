package org.infusionoutcomes.jobs.config;

import org.infusionoutcomes.ingest.config.DefinitionException;

/**
 * Every user-facing message of the command line and its stages, one static method per error (the
 * model is Delta Kernel's {@code DeltaErrors}); commands and exit codes are in the README.
 */
public final class JobErrors {
  private JobErrors() {}

  /** {@code --config} names a file that does not exist. */
  public static DefinitionException configNotFound(String configFile) {
    return new DefinitionException(
        configFile,
        "",
        "configuration file not found (see data-samples/outcomes.yaml for an example)");
  }

  /** A {@code scale_files} entry names a file that does not exist. */
  public static DefinitionException scaleFileNotFound(String configFile, int index, Object path) {
    return new DefinitionException(
        configFile,
        "scale_files[" + index + "]",
        "scale definition file "
            + path
            + " not found (relative paths start at the configuration file's folder;"
            + " docs/formats.md)");
  }

  /** A stage run on its own on tables that hold scales this run's configuration does not define. */
  public static DefinitionException unknownStoredScales(
      String table, java.util.List<String> scales) {
    return new DefinitionException(
        table,
        "scale",
        "holds scale(s) "
            + String.join(", ", scales)
            + " that this run does not know; give the same --config whose scale_files define"
            + " them (see docs/formats.md)");
  }

  /** A one-stage command on an output that an earlier stage has not written. */
  public static IllegalStateException noIngestTotals() {
    return new IllegalStateException(
        "the run manifest has no ingest totals: run 'ingest' (or 'run') on this output first");
  }

  /** The first line printed for a failed run. */
  public static String failed(Exception e) {
    return "outcomes: failed: " + e;
  }

  /** The hint printed after a failure without --verbose. */
  public static String verboseHint() {
    return "(run with --verbose for the stack trace)";
  }
}
