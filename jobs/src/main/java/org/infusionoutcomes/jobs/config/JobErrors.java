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
