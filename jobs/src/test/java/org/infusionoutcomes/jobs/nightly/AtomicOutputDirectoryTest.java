package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --output DIR: built beside DIR, renamed into place only when complete. */
class AtomicOutputDirectoryTest {
  @TempDir Path tmp;

  private long siblings() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".out.")).count();
    }
  }

  @Test
  void aFinishedBuildReplacesTheOutput() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "old");
    AtomicOutputDirectory a =
        AtomicOutputDirectory.beside(new Configuration(), out.toUri().toString());
    Path build = Path.of(new java.net.URI(a.buildDir()));
    assertThat(build.getParent()).isEqualTo(tmp);
    Files.createDirectories(build);
    Files.writeString(build.resolve("new.txt"), "new");

    a.publish();

    assertThat(out.resolve("new.txt")).hasContent("new");
    assertThat(out.resolve("old.txt")).doesNotExist();
    assertThat(siblings()).isZero();
  }

  @Test
  void anUnfinishedBuildLeavesTheOutputAsItWas() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "old");
    AtomicOutputDirectory a =
        AtomicOutputDirectory.beside(new Configuration(), out.toUri().toString());
    Path build = Path.of(new java.net.URI(a.buildDir()));
    Files.createDirectories(build);
    Files.writeString(build.resolve("half.txt"), "half");

    a.discard();

    assertThat(out.resolve("old.txt")).hasContent("old");
    assertThat(out.resolve("half.txt")).doesNotExist();
    assertThat(siblings()).isZero();
  }

  @Test
  void aFirstRunCreatesTheOutput() throws Exception {
    Path out = tmp.resolve("out");
    AtomicOutputDirectory a = AtomicOutputDirectory.beside(new Configuration(), out.toString());
    Path build =
        Path.of(
            a.buildDir().startsWith("file:")
                ? new java.net.URI(a.buildDir()).getPath()
                : a.buildDir());
    Files.createDirectories(build);
    Files.writeString(build.resolve("new.txt"), "new");

    a.publish();

    assertThat(out.resolve("new.txt")).hasContent("new");
  }
}
