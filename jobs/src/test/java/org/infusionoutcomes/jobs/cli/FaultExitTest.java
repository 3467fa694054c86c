package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locked outputs and disk faults end a run with a clear message and the documented exit code. */
class FaultExitTest {
  @TempDir Path tmp;

  @Test
  void aRunOnAnOutputThatAnotherLiveRunHoldsExitsFourAndTouchesNothing() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("scores.csv"),
        "study_id,subject_id,scale,assessment_date,total\nS1,P1,MADRS,2024-01-02,30\n");
    Path out = tmp.resolve("out");
    String host = java.net.InetAddress.getLocalHost().getHostName();
    Files.write(
        tmp.resolve("out.lock"),
        org.infusionoutcomes.jobs.nightly.WarehouseLock.bytesOf(
            new org.infusionoutcomes.jobs.nightly.WarehouseLock.Holder(
                host, ProcessHandle.current().pid(), java.time.Instant.now(), "other-run")));
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "run",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--quiet");
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.LOCKED);
    assertThat(err.toString()).contains("is locked by another run").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve("out.lock")).exists();
  }

  @Test
  void fullAndReadOnlyDisksAreRecognisedThroughWrappersAndSuppressedFailures() {
    RuntimeException spark =
        new RuntimeException(
            "Job aborted", new UncheckedIOException(new IOException("No space left on device")));
    assertThat(OutcomesCli.diskFault(spark)).isEqualTo("no space left on the device");
    RuntimeException masked = new IllegalStateException("stage failed");
    masked.addSuppressed(new UncheckedIOException(new IOException("Read-only file system")));
    assertThat(OutcomesCli.diskFault(masked)).isEqualTo("the file system is read-only");
    assertThat(OutcomesCli.diskFault(new IllegalStateException("bug"))).isNull();
  }
}
