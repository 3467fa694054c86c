package org.infusionoutcomes.jobs.nightly;

import java.util.List;

/**
 * A test hook for the fault tests (scripts/nightly-faults.sh): when the environment variable {@code
 * OUTCOMES_FAULT_PAUSE_AT} (or the system property {@code outcomes.fault.pause.at}) names a point,
 * the nightly run prints {@code outcomes-fault-pause: <point>} to stderr when it gets there and
 * sleeps, so a script can SIGKILL it at exactly that point. Unset in production: nothing happens.
 */
public final class FaultPoints {
  /** While reading the inputs: the staging directory exists, nothing parsed yet. */
  public static final String INGEST = "ingest";

  /** After ingest wrote the normalized tables, before derive. */
  public static final String DERIVE = "derive";

  /** Before the analysis. */
  public static final String ANALYZE = "analyze";

  /** Before the HTML report. */
  public static final String REPORT = "report";

  /** The snapshot is complete under snapshots/, {@code current} not yet switched. */
  public static final String BEFORE_SWITCH = "before-switch";

  /** {@code current} switched; history and retention not yet done. */
  public static final String AFTER_SWITCH = "after-switch";

  public static final List<String> ALL =
      List.of(INGEST, DERIVE, ANALYZE, REPORT, BEFORE_SWITCH, AFTER_SWITCH);

  private static final String ENV = "OUTCOMES_FAULT_PAUSE_AT";
  private static final String PROPERTY = "outcomes.fault.pause.at";
  private static final long PAUSE_MILLIS = 600_000;

  private FaultPoints() {}

  /** Pauses here if the hook names this point. */
  public static void reached(String point) {
    String at = System.getProperty(PROPERTY, System.getenv(ENV));
    if (at == null || !at.equals(point)) {
      return;
    }
    System.err.println("outcomes-fault-pause: " + point);
    System.err.flush();
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
