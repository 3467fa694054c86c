package org.infusionoutcomes.jobs.pipeline;

/** Exit codes of the command line (README.md, "Commands"). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** The run failed. */
  public static final int FAILURE = 1;

  /** Usage or configuration error: nothing was run. */
  public static final int USAGE = 2;

  /**
   * The run finished, but rejected more than {@code reject_threshold} of the records read, or
   * refused a whole file, or found a file in no known format.
   */
  public static final int REJECTS_ABOVE_THRESHOLD = 3;

  /** Another run holds the lock of the output folder (or nightly's warehouse): nothing was done. */
  public static final int LOCKED = 4;

  private ExitCodes() {}
}
