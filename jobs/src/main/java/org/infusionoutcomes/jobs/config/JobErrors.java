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

  /** A second run on an output folder that another live run holds. */
  public static String outputLocked(
      String output, String lockFile, String host, String pid, String started) {
    return "output "
        + output
        + " is locked by another run (host "
        + host
        + ", pid "
        + pid
        + ", started "
        + started
        + "; lock file "
        + lockFile
        + "). Rule: one run per output folder at a time. Wait for it to finish, or delete the lock"
        + " file if that run is gone.";
  }

  /** The output file system is full or refuses writes. */
  public static String outputNotWritable(String reason) {
    return "cannot write the output: "
        + reason
        + ". Free space on (or make writable) the output file system and run again; the earlier"
        + " output is left as it was (docs/decisions.md, disk faults).";
  }
}
