package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse lock: atomic create, holder reported, stale takeover, release. */
class WarehouseLockTest {
  private static final Duration TWELVE_HOURS = Duration.ofHours(12);
  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  @TempDir Path tmp;
  private Warehouse warehouse;

  @BeforeEach
  void open() throws Exception {
    warehouse = Warehouse.open(new Configuration(), tmp.resolve("wh").toString());
    warehouse.ensureLayout();
  }

  private WarehouseLock.Attempt acquire(Instant now) throws Exception {
    return WarehouseLock.acquire(warehouse, warehouse.lockFile(), TWELVE_HOURS, now);
  }

  @Test
  void secondRunFindsTheLockAndLearnsWhoHoldsIt() throws Exception {
    WarehouseLock.Attempt first = acquire(NOW);
    WarehouseLock.Attempt second = acquire(NOW.plusSeconds(5));

    assertThat(first.acquired()).isTrue();
    assertThat(second.acquired()).isFalse();
    assertThat(second.holder().orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(second.holder().orElseThrow().token())
        .isEqualTo(first.lock().orElseThrow().holder().token());
    assertThat(Files.readString(tmp.resolve("wh/.lock"))).contains("\"pid\"", "\"host\"");
  }

  @Test
  void releasedLockCanBeTakenAgain() throws Exception {
    WarehouseLock first = acquire(NOW).lock().orElseThrow();
    first.close();

    assertThat(tmp.resolve("wh/.lock")).doesNotExist();
    assertThat(acquire(NOW).acquired()).isTrue();
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    String host = java.net.InetAddress.getLocalHost().getHostName();
    WarehouseLock.Holder dead = new WarehouseLock.Holder(host, p.pid(), NOW, "dead-token");
    Files.write(tmp.resolve("wh/.lock"), WarehouseLock.bytesOf(dead));

    WarehouseLock.Attempt a = acquire(NOW.plusSeconds(60));

    assertThat(a.acquired()).isTrue();
    assertThat(a.takenOver().orElseThrow().token()).isEqualTo("dead-token");
    assertThat(Files.readString(tmp.resolve("wh/.lock"))).doesNotContain("dead-token");
  }

  @Test
  void lockOlderThanTheLimitIsTakenOverEvenOnAnotherHost() throws Exception {
    WarehouseLock.Holder old =
        new WarehouseLock.Holder("other-host", 1, NOW.minus(Duration.ofHours(13)), "old-token");
    Files.write(tmp.resolve("wh/.lock"), WarehouseLock.bytesOf(old));

    WarehouseLock.Attempt a = acquire(NOW);

    assertThat(a.acquired()).isTrue();
    assertThat(a.takenOver().orElseThrow().host()).isEqualTo("other-host");
  }

  @Test
  void youngLockOfAnotherHostIsRespected() throws Exception {
    WarehouseLock.Holder other =
        new WarehouseLock.Holder("other-host", 1, NOW.minus(Duration.ofHours(11)), "other-token");
    Files.write(tmp.resolve("wh/.lock"), WarehouseLock.bytesOf(other));

    WarehouseLock.Attempt a = acquire(NOW);

    assertThat(a.acquired()).isFalse();
    assertThat(a.holder().orElseThrow().describe()).contains("other-host", "pid 1");
    assertThat(Files.readString(tmp.resolve("wh/.lock"))).contains("other-token");
  }

  @Test
  void closingDoesNotRemoveALockThatIsNoLongerOurs() throws Exception {
    WarehouseLock mine = acquire(NOW).lock().orElseThrow();
    WarehouseLock.Holder other = new WarehouseLock.Holder("other-host", 1, NOW, "other-token");
    Files.write(tmp.resolve("wh/.lock"), WarehouseLock.bytesOf(other));

    mine.close();

    assertThat(Files.readString(tmp.resolve("wh/.lock"))).contains("other-token");
  }
}
