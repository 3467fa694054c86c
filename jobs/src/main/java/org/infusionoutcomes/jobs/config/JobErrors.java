package org.infusionoutcomes.jobs.config;

/**
 * User-facing messages of the jobs module, one static method per error (the Delta Kernel {@code
 * DeltaErrors} model): each names the path, the rule and what to do.
 */
public final class JobErrors {
  private JobErrors() {}

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
