package org.infusionoutcomes.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileIngest;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the data-samples of every format (truncation, byte flips, other encodings, stray quotes,
 * huge fields, odd numbers and dates) with a fixed seed and reads each mutated tree through the
 * validate code path (InputDiscovery + FileIngest, no Spark). Bounded: at most {@link #ROUNDS}
 * rounds and {@link #BUDGET_MILLIS} of reading. Asserts no uncaught exception, no hang, every
 * record accepted or rejected as a whole, and every reject naming file, line and rule.
 */
class IngestFuzzTest {
  private static final long SEED = 14L;
  private static final int ROUNDS = 40;
  private static final long BUDGET_MILLIS = 90_000;
  private static final long TREE_TIMEOUT_SECONDS = 60;

  @TempDir Path tmp;

  @Test
  void mutatedSamplesOfEveryFormatAreReadOrRejectedNeverCrash() throws Exception {
    Path samples = Path.of("../data-samples").toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.walk(samples)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    Random random = new Random(SEED);
    ExecutorService pool =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "fuzz-reader");
              t.setDaemon(true); // a hung reader must not keep the test JVM alive
              return t;
            });
    long start = System.currentTimeMillis();
    int rounds = 0;
    long mutatedFiles = 0;
    try {
      while (rounds < ROUNDS && System.currentTimeMillis() - start < BUDGET_MILLIS) {
        Path tree = tmp.resolve("round-" + rounds);
        List<String> mutations = new ArrayList<>();
        for (Path f : files) {
          Path target = tree.resolve(samples.relativize(f).toString());
          Files.createDirectories(target.getParent());
          byte[] bytes = Files.readAllBytes(f);
          // every file is mutated in some rounds; the mapping file too (a broken mapping file
          // must be reported, not crash the listing)
          if (random.nextInt(3) == 0) {
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            bytes = m.apply(bytes, random);
            mutations.add(samples.relativize(f) + ":" + m);
            mutatedFiles++;
          }
          Files.write(target, bytes);
        }
        Future<Void> done = pool.submit(() -> readTree(tree, mutations));
        try {
          done.get(TREE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new AssertionError("reading hung on mutations " + mutations, e);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError("reading failed on mutations " + mutations, e.getCause());
        }
        rounds++;
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(rounds).as("rounds within the time budget").isGreaterThanOrEqualTo(5);
    assertThat(mutatedFiles).isGreaterThan(20);
  }

  private static Void readTree(Path tree, List<String> mutations) throws IOException {
    InputPlan plan;
    try {
      plan =
          InputDiscovery.discover(
              new Configuration(), List.of(tree.toString()), null, null, Set.of());
    } catch (org.infusionoutcomes.ingest.config.DefinitionException e) {
      // a mutated mapping file is a configuration error naming the file: the documented outcome
      assertThat(e.getMessage()).contains("mapping");
      return null;
    }
    ReadContext context = new ReadContext(ScaleRegistry.shipped());
    for (SourceFile file : plan.toRead()) {
      SinkRecorder sink = new SinkRecorder();
      long read;
      try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(file.path())))) {
        read = FileIngest.read(file, in, context, sink);
      }
      String where = file.relativePath() + " after " + mutations;
      Set<String> accepted = sink.acceptedRecords();
      Set<String> rejected = sink.rejectedRecords();
      Set<String> both = new java.util.TreeSet<>(accepted);
      both.retainAll(rejected);
      assertThat(both).as("records both accepted and rejected " + where).isEmpty();
      assertThat((long) accepted.size() + rejected.size())
          .as("accepted + rejected <= read " + where)
          .isLessThanOrEqualTo(read);
      for (Reject r : sink.rejects()) {
        assertThat(r.origin().file()).as("reject names its file " + where).isNotBlank();
        assertThat(r.origin().line()).as("reject names its line " + where).isNotNegative();
        assertThat(r.rule()).as("reject names its rule " + where).isNotNull();
        assertThat(r.reason()).as("reject says why " + where).isNotBlank();
        if (!r.rule().isFileLevel()) {
          assertThat(r.origin().line()).as("record reject line " + where).isPositive();
        }
      }
    }
    return null;
  }
}
