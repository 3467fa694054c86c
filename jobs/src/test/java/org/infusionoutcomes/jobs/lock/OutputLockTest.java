package org.infusionoutcomes.jobs.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.jobs.nightly.WarehouseLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  private static final Duration DAY = Duration.ofHours(24);

  @TempDir Path dir;

  private org.apache.hadoop.fs.Path out() {
    return new org.apache.hadoop.fs.Path(dir.resolve("out").toUri());
  }

  private OutputLock acquire() {
    return OutputLock.acquire(new Configuration(), out(), DAY);
  }

  private void foreignLock(String host, long pid, Instant started) throws Exception {
    Files.write(
        dir.resolve("out.lock"),
        WarehouseLock.bytesOf(new WarehouseLock.Holder(host, pid, started, "other")));
  }

  @Test
  void secondLockOnTheSameOutputIsRefusedNamingTheHolder() {
    try (OutputLock first = acquire()) {
      assertThat(dir.resolve("out.lock")).exists();
      assertThatThrownBy(this::acquire)
          .isInstanceOf(OutputLock.LockedException.class)
          .hasMessageContaining("is locked by another run")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("out.lock");
    }
    assertThat(dir.resolve("out.lock")).doesNotExist();
    acquire().close();
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    foreignLock(java.net.InetAddress.getLocalHost().getHostName(), gone.pid(), Instant.now());
    try (OutputLock lock = acquire()) {
      assertThat(Files.readString(dir.resolve("out.lock")))
          .contains("\"pid\":" + ProcessHandle.current().pid());
    }
  }

  @Test
  void lockOfAnotherHostIsNotTakenOverBeforeItIsStale() throws Exception {
    foreignLock("elsewhere.invalid", 1, Instant.now());
    assertThatThrownBy(this::acquire)
        .isInstanceOf(OutputLock.LockedException.class)
        .hasMessageContaining("elsewhere.invalid");
    // older than the stale limit: taken over
    foreignLock("elsewhere.invalid", 1, Instant.now().minus(Duration.ofHours(25)));
    try (OutputLock lock = acquire()) {
      assertThat(Files.readString(dir.resolve("out.lock"))).doesNotContain("elsewhere.invalid");
    }
  }
}
