package org.infusionoutcomes.jobs.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  @TempDir Path dir;

  private org.apache.hadoop.fs.Path out() {
    return new org.apache.hadoop.fs.Path(dir.resolve("out").toUri());
  }

  @Test
  void secondLockOnTheSameOutputIsRefusedNamingTheHolder() {
    try (OutputLock first = OutputLock.acquire(new Configuration(), out())) {
      assertThat(dir.resolve("out.lock")).exists();
      assertThatThrownBy(() -> OutputLock.acquire(new Configuration(), out()))
          .isInstanceOf(OutputLock.LockedException.class)
          .hasMessageContaining("is locked by another run")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("out.lock");
    }
    assertThat(dir.resolve("out.lock")).doesNotExist();
    OutputLock.acquire(new Configuration(), out()).close();
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String host = java.net.InetAddress.getLocalHost().getHostName();
    Files.writeString(
        dir.resolve("out.lock"),
        "host=" + host + "\npid=" + gone.pid() + "\nstarted=2026-01-01T00:00:00Z\n");
    try (OutputLock lock = OutputLock.acquire(new Configuration(), out())) {
      assertThat(Files.readString(dir.resolve("out.lock")))
          .contains("pid=" + ProcessHandle.current().pid());
    }
  }

  @Test
  void lockOfAnotherHostIsNeverTakenOver() throws Exception {
    Files.writeString(
        dir.resolve("out.lock"), "host=elsewhere.invalid\npid=1\nstarted=2026-01-01T00:00:00Z\n");
    assertThatThrownBy(() -> OutputLock.acquire(new Configuration(), out()))
        .isInstanceOf(OutputLock.LockedException.class)
        .hasMessageContaining("elsewhere.invalid");
  }
}
