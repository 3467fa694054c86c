package org.infusionoutcomes.jobs.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.infusionoutcomes.jobs.config.JobErrors;
import org.infusionoutcomes.jobs.nightly.Warehouse;
import org.infusionoutcomes.jobs.nightly.WarehouseLock;

/**
 * The lock of one output folder of {@code run} and the one-stage commands: {@code DIR.lock}, a
 * sibling of the output (so it survives the output being replaced). It is the lock {@code nightly}
 * takes on its warehouse ({@link WarehouseLock}: created only if absent, holding host, pid, start
 * time and a token; a lock whose process died on this host, or older than {@code
 * nightly.lock_stale_hours}, is taken over). A second run on the same output is refused with exit
 * code 4. Released by {@link #close()}.
 */
public final class OutputLock implements AutoCloseable {
  private final WarehouseLock lock;

  private OutputLock(WarehouseLock lock) {
    this.lock = lock;
  }

  /** The lock file of an output folder. */
  public static Path lockFileOf(Path output) {
    return new Path(output.getParent(), output.getName() + ".lock");
  }

  /**
   * Takes the lock of {@code output}.
   *
   * @param staleAfter a lock older than this is taken over whatever its process
   * @throws LockedException when another live run holds it
   */
  public static OutputLock acquire(Configuration conf, Path output, Duration staleAfter) {
    Path file = lockFileOf(output);
    try {
      Warehouse parent = Warehouse.open(conf, file.getParent().toString());
      parent.ensureRoot();
      WarehouseLock.Attempt attempt =
          WarehouseLock.acquire(
              parent, new Path(parent.root(), file.getName()), staleAfter, Instant.now());
      if (attempt.acquired()) {
        return new OutputLock(attempt.lock().orElseThrow());
      }
      WarehouseLock.Holder h = attempt.holder().orElseThrow();
      throw new LockedException(
          JobErrors.outputLocked(
              output.toString(),
              file.toString(),
              h.host().isEmpty() ? "?" : h.host(),
              h.pid() < 0 ? "?" : Long.toString(h.pid()),
              h.started() == null ? "?" : h.started().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the output lock: " + e.getMessage(), e);
    }
  }

  /** Another live run holds the lock of the output. */
  public static final class LockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockedException(String message) {
      super(message);
    }
  }
}
