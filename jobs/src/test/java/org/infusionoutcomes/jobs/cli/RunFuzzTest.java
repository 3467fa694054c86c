package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.fuzz.Mutation;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz through {@code run}: a sample of every format, each data file damaged with a fixed seed by
 * the mutations of the ingest fuzz test (truncation, byte flips, encodings, quotes, huge fields,
 * odd numbers and dates), goes through the whole pipeline once. The run must end with exit 0 or 3,
 * never a failure with a stack trace; per file the manifest's records read = accepted + rejected,
 * and the rejected count is the number of distinct rejected lines in the {@code rejects} table;
 * every reject names file, line and rule. Bounded: a small sample (the data-samples cut to their
 * first lines) and one run, with a timeout against a hang.
 */
class RunFuzzTest {
  private static final long SEED = 1414L;

  /** Data lines kept per delimited or NDJSON file, so the run stays small. */
  private static final int LINES = 120;

  @TempDir Path tmp;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMutatedSampleGoesThroughRunWithoutCrashingAndEveryRecordIsAccounted() throws Exception {
    Path samples = Path.of("..", "data-samples").toAbsolutePath().normalize();
    Path in = tmp.resolve("in");
    Random random = new Random(SEED);
    List<String> mutations = new ArrayList<>();
    for (String folder : List.of("generic", "sdtm", "sdtm-xpt", "redcap", "fhir", "site-export")) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(samples.resolve(folder))) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String relative = samples.relativize(f).toString();
        byte[] bytes = Files.readAllBytes(f);
        if (!relative.endsWith(".xpt")) {
          bytes = firstLines(bytes, LINES);
        }
        // Mapping files stay intact: a damaged one is a configuration error (exit 2) by design,
        // which the ingest fuzz test covers.
        if (!relative.endsWith(".yaml") && random.nextInt(2) == 0) {
          Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
          bytes = m.apply(bytes, random);
          mutations.add(relative + ":" + m);
        }
        Path target = in.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
      }
    }
    assertThat(mutations).hasSizeGreaterThan(5);

    SparkSession spark = SharedSpark.get();
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "run",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--quiet");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
    String where = "mutations " + mutations + "\nstderr:\n" + err;
    assertThat(exit).as(where).isIn(ExitCodes.OK, ExitCodes.REJECTS_ABOVE_THRESHOLD);
    assertThat(err.toString()).as(where).doesNotContain("\tat ").doesNotContain("Exception");
    System.out.println("RunFuzzTest: run took " + seconds + " s; " + mutations);

    // Every reject names file, line and rule; record rejects name a line > 0.
    List<Row> rejects =
        spark
            .read()
            .parquet(out.resolve(OutputLayout.NORMALIZED).resolve(OutputLayout.REJECTS).toString())
            .collectAsList();
    assertThat(rejects).as("the mutations produce rejects").isNotEmpty();
    Map<String, Set<Long>> rejectedLines = new HashMap<>();
    for (Row r : rejects) {
      String file = r.getAs("source_file");
      long line = r.<Long>getAs("source_line");
      String rule = r.getAs("rule_id");
      String reason = r.getAs("reason");
      boolean fileLevel = r.<Boolean>getAs("file_level");
      assertThat(file).as("reject names its file: " + r).isNotBlank();
      assertThat(rule).as("reject names its rule: " + r).isNotBlank();
      assertThat(reason).as("reject says why: " + r).isNotBlank();
      if (fileLevel) {
        assertThat(line).as("file-level reject line: " + r).isNotNegative();
      } else {
        assertThat(line).as("record reject names its line: " + r).isPositive();
        rejectedLines.computeIfAbsent(file, k -> new HashSet<>()).add(line);
      }
    }

    // Per file: read = accepted + rejected, rejected = distinct rejected lines in the table.
    JsonNode manifest = new ObjectMapper().readTree(out.resolve(OutputLayout.MANIFEST).toFile());
    int readFiles = 0;
    for (JsonNode f : manifest.path("inputs")) {
      if (!f.has("records_read") || f.path("records_read").isNull()) {
        continue;
      }
      readFiles++;
      String path = f.path("path").asText();
      long read = f.path("records_read").asLong();
      long accepted = f.path("records_accepted").asLong();
      long rejected = f.path("records_rejected").asLong();
      assertThat(accepted + rejected)
          .as(path + " read = accepted + rejected; " + where)
          .isEqualTo(read);
      assertThat(accepted).as(path).isNotNegative();
      if ("read".equals(f.path("status").asText())) {
        assertThat(rejected)
            .as(path + ": rejected = distinct rejected lines in the rejects table")
            .isEqualTo(rejectedLines.getOrDefault(path, Set.of()).size());
      }
    }
    assertThat(readFiles).as("files in the manifest").isGreaterThan(10);
  }

  /** The first {@code n} data lines of a text file (the header and n lines). */
  private static byte[] firstLines(byte[] bytes, int n) {
    int lines = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++lines > n) {
        return java.util.Arrays.copyOf(bytes, i + 1);
      }
    }
    return bytes;
  }
}
