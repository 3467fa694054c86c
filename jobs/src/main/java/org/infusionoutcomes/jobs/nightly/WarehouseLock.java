package org.infusionoutcomes.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.Path;

/**
 * The lock of an output location (docs/operations.md, "The lock"): a small JSON file (host, pid,
 * start time, a random token) created atomically only if absent. A second run finds it and learns
 * who holds it. A lock whose process is dead on this host, or older than the stale limit, is taken
 * over: it is renamed aside (only one contender can rename it), then the new lock is created.
 *
 * <p>Reusable for any output directory: {@code nightly} locks {@code WAREHOUSE/.lock}, {@code run}
 * and the one-stage commands lock {@code DIR.lock} through {@code jobs.lock.OutputLock}.
 */
public final class WarehouseLock implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Who holds a lock.
   *
   * @param host host name of the holder
   * @param pid process id of the holder
   * @param started when the holder took the lock (UTC)
   * @param token random token that tells two holders apart
   */
  public record Holder(String host, long pid, Instant started, String token) {
    /** This process, now. */
    static Holder self(Instant now) {
      return new Holder(
          hostName(),
          ProcessHandle.current().pid(),
          now.truncatedTo(ChronoUnit.SECONDS),
          newToken());
    }

    /** "host X, pid N, since T" for messages. */
    public String describe() {
      return "host " + host + ", pid " + pid + ", since " + started;
    }

    Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("host", host);
      m.put("pid", pid);
      m.put("started", started == null ? null : started.toString());
      m.put("token", token);
      return m;
    }

    static Holder parse(byte[] bytes) {
      try {
        JsonNode n = JSON.readTree(bytes);
        return new Holder(
            n.path("host").asText(""),
            n.path("pid").asLong(-1),
            n.hasNonNull("started") ? Instant.parse(n.get("started").asText()) : null,
            n.path("token").asText(""));
      } catch (IOException | RuntimeException e) {
        // An unreadable lock (a run killed while writing it) has no known holder or age.
        return new Holder("", -1, null, "");
      }
    }
  }

  /**
   * The outcome of {@link #acquire}.
   *
   * @param lock the lock when acquired, else empty
   * @param holder the holder that keeps it (when not acquired)
   * @param takenOver the stale holder this run took the lock from, if any
   */
  public record Attempt(
      Optional<WarehouseLock> lock, Optional<Holder> holder, Optional<Holder> takenOver) {
    public boolean acquired() {
      return lock.isPresent();
    }
  }

  private final Warehouse warehouse;
  private final Path file;
  private final Holder self;
  private boolean released;

  private WarehouseLock(Warehouse warehouse, Path file, Holder self) {
    this.warehouse = warehouse;
    this.file = file;
    this.self = self;
  }

  public Holder holder() {
    return self;
  }

  /**
   * Tries once to take the lock file {@code file}; takes over a stale lock.
   *
   * @param staleAfter a lock older than this is stale whatever its process
   */
  public static Attempt acquire(Warehouse warehouse, Path file, Duration staleAfter, Instant now)
      throws IOException {
    Holder me = Holder.self(now);
    byte[] content = JSON.writeValueAsBytes(me.asMap());
    Optional<Holder> takenOver = Optional.empty();
    for (int attempt = 0; attempt < 3; attempt++) {
      if (warehouse.createExclusive(file, content)) {
        return new Attempt(
            Optional.of(new WarehouseLock(warehouse, file, me)), Optional.empty(), takenOver);
      }
      byte[] existing = warehouse.readIfExists(file);
      if (existing == null) {
        continue; // released meanwhile: try again
      }
      Holder holder = Holder.parse(existing);
      if (holder.started() == null) {
        // Possibly a lock another run is writing this very moment: look again before judging.
        sleepQuietly(1000);
        existing = warehouse.readIfExists(file);
        if (existing == null) {
          continue;
        }
        holder = Holder.parse(existing);
      }
      if (!isStale(holder, now, staleAfter)) {
        return new Attempt(Optional.empty(), Optional.of(holder), Optional.empty());
      }
      Path aside = new Path(file.getParent(), file.getName() + ".stale-" + UUID.randomUUID());
      if (warehouse.rename(file, aside)) {
        byte[] moved = warehouse.readIfExists(aside);
        if (moved != null && !java.util.Arrays.equals(moved, existing)) {
          // Another contender replaced the stale lock between our read and our rename: give its
          // fresh lock back and let it win.
          warehouse.createExclusive(file, moved);
          warehouse.delete(aside);
          return new Attempt(Optional.empty(), Optional.of(Holder.parse(moved)), Optional.empty());
        }
        warehouse.delete(aside);
        takenOver = Optional.of(holder);
      }
    }
    byte[] existing = warehouse.readIfExists(file);
    return new Attempt(
        Optional.empty(),
        Optional.of(existing == null ? new Holder("", -1, null, "") : Holder.parse(existing)),
        Optional.empty());
  }

  /**
   * Whether a lock may be taken over: its process is dead on this host, it is older than the limit,
   * or it is unreadable (a run killed while writing it; such a file is a few bytes at most).
   */
  static boolean isStale(Holder h, Instant now, Duration staleAfter) {
    if (h.started() == null) {
      return true;
    }
    if (Duration.between(h.started(), now).compareTo(staleAfter) > 0) {
      return true;
    }
    if (h.host().equals(hostName()) && h.pid() > 0) {
      return ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
    }
    return false;
  }

  /** Deletes the lock file if it is still this run's. */
  @Override
  public void close() throws IOException {
    if (released) {
      return;
    }
    byte[] now = warehouse.readIfExists(file);
    if (now != null && Holder.parse(now).token().equals(self.token())) {
      warehouse.delete(file);
    }
    released = true;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String newToken() {
    return UUID.randomUUID().toString();
  }

  /** The lock file's content for a holder (tests write foreign locks with it). */
  public static byte[] bytesOf(Holder h) throws IOException {
    return JSON.writeValueAsString(h.asMap()).getBytes(StandardCharsets.UTF_8);
  }
}
