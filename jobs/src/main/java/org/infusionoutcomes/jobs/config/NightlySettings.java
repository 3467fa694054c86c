package org.infusionoutcomes.jobs.config;

import java.util.Set;
import org.infusionoutcomes.ingest.config.FieldReader;

/**
 * The settings of {@code outcomes nightly} (docs/operations.md): how many published snapshots to
 * keep and when a lock counts as stale. They decide no number, so they are not part of the
 * effective configuration that feeds the run id.
 *
 * @param keepSnapshots published snapshots kept (the current one is never deleted)
 * @param lockStaleHours age after which a warehouse lock is taken over
 */
public record NightlySettings(int keepSnapshots, int lockStaleHours) {

  /** The configuration keys nightly reads. */
  public static final Set<String> KEYS = Set.of("keep_snapshots", "lock_stale_hours");

  /** The defaults: 7 snapshots, 12 hours. */
  public static NightlySettings defaults() {
    return read(FieldReader.empty("<defaults>"));
  }

  /** Reads and validates nightly's keys of a configuration file; other keys are left alone. */
  public static NightlySettings read(FieldReader r) {
    return new NightlySettings(
        r.optionalInt("keep_snapshots", 1, 10000, 7),
        r.optionalInt("lock_stale_hours", 1, 8760, 12));
  }
}
