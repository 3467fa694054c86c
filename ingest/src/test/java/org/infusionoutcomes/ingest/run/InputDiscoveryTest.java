package org.infusionoutcomes.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Odd entries in an input tree are reported and skipped; the normal files are still read. */
class InputDiscoveryTest {
  @TempDir Path dir;

  private static final String SCORES =
      "study_id,subject_id,scale,assessment_date,total\nS1,P1,MADRS,2024-01-02,30\n";

  private static void shell(String script) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", script).inheritIO().start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(script).isZero();
  }

  private InputPlan discover() {
    return InputDiscovery.discover(
        new Configuration(), List.of(dir.toString()), null, null, Set.of());
  }

  private static InputFile entry(InputPlan plan, String relativeStart) {
    return plan.found().stream()
        .filter(f -> f.relativePath().startsWith(relativeStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not listed: " + relativeStart + " in " + plan));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsSkippedNotOpened() throws Exception {
    Files.writeString(dir.resolve("scores.csv"), SCORES);
    shell("mkfifo '" + dir.resolve("pipe.csv") + "'");
    InputPlan plan = discover();
    InputFile fifo = entry(plan, "pipe.csv");
    assertThat(fifo.status()).isEqualTo(InputFile.SKIPPED);
    assertThat(fifo.note()).contains("not a regular file");
    assertThat(entry(plan, "scores.csv").status()).isEqualTo(InputFile.READ);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRootThatIsALinkToAFolderIsReadUnderItsOwnPathButLinksInsideAreNotFollowed()
      throws Exception {
    Path target = dir.resolve("exports-2026-12-07");
    Files.createDirectories(target.resolve("S1"));
    Files.writeString(target.resolve("S1").resolve("scores.csv"), SCORES);
    Files.writeString(target.resolve("scores.csv"), SCORES);
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("scores.csv"), SCORES);
    Files.createSymbolicLink(target.resolve("linked"), elsewhere);
    Path current = dir.resolve("current");
    Files.createSymbolicLink(current, target);

    InputPlan plan =
        InputDiscovery.discover(
            new Configuration(), List.of(current.toString()), null, null, Set.of());

    assertThat(plan.toRead())
        .extracting(SourceFile::relativePath)
        .containsExactly("S1/scores.csv", "scores.csv");
    assertThat(plan.toRead())
        .extracting(SourceFile::path)
        .as("files are named under the link given, not its target")
        .allSatisfy(p -> assertThat(p).contains("/current/").doesNotContain("exports-2026-12-07"));
    InputFile linked = entry(plan, "linked");
    assertThat(linked.status()).isEqualTo(InputFile.SKIPPED);
    assertThat(linked.note()).contains("not a regular file");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aColonInANameIsSkippedWithItsReasonAndTheRestIsRead() throws Exception {
    Files.writeString(dir.resolve("scores.csv"), SCORES);
    Files.writeString(dir.resolve("scores 10:30.csv"), SCORES);
    Files.createDirectories(dir.resolve("site:a"));
    Files.writeString(dir.resolve("site:a").resolve("more.csv"), SCORES);
    InputPlan plan = discover();
    for (String colon : List.of("scores 10:30.csv", "site:a/more.csv")) {
      InputFile f = entry(plan, colon);
      assertThat(f.status()).isEqualTo(InputFile.SKIPPED);
      assertThat(f.note()).contains("contains ':'");
    }
    assertThat(plan.toRead())
        .singleElement()
        .satisfies(f -> assertThat(f.relativePath()).isEqualTo("scores.csv"));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFileNameThatIsNotUtf8IsSkippedWithItsReason() throws Exception {
    Files.writeString(dir.resolve("scores.csv"), SCORES);
    shell("cd '" + dir + "' && printf 'x' > \"$(printf 'bad\\377name.csv')\"");
    InputPlan plan = discover();
    InputFile bad = entry(plan, "bad");
    assertThat(bad.status()).isEqualTo(InputFile.SKIPPED);
    assertThat(bad.note()).contains("not valid UTF-8");
    assertThat(entry(plan, "scores.csv").status()).isEqualTo(InputFile.READ);
  }
}
