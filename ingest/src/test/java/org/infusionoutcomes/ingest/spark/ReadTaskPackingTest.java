package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.infusionoutcomes.ingest.read.FilePart;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/** Read tasks share partitions by size, in order; a partition runs its tasks one at a time. */
class ReadTaskPackingTest {
  private static final long PART = 32L << 20;

  private static SourceFile file(int order) {
    return new SourceFile(
        "file:/in/f" + order + ".csv",
        "f" + order + ".csv",
        order,
        SourceFormat.GENERIC_SCORES,
        "S",
        null);
  }

  private static List<IngestJob.Task> wholeFiles(int n) {
    List<IngestJob.Task> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tasks.add(new IngestJob.ReadTask(file(i), null));
    }
    return tasks;
  }

  private static Map<String, Long> sizes(int n, long each) {
    Map<String, Long> sizes = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      sizes.put(file(i).path(), each);
    }
    return sizes;
  }

  private static List<IngestJob.Task> flat(List<List<IngestJob.Task>> groups) {
    return groups.stream().flatMap(List::stream).toList();
  }

  @Test
  void manySmallFilesShareAFewPartitionsInOrder() {
    List<IngestJob.Task> tasks = wholeFiles(31);
    List<List<IngestJob.Task>> groups = IngestJob.pack(tasks, sizes(31, 100_000), 2, PART);
    // about four partitions per core: 3.1 MB / 8 = 387 kB, three files of 100 kB each
    assertThat(groups).hasSize(11);
    assertThat(groups.get(0)).hasSize(3);
    assertThat(flat(groups)).containsExactlyElementsOf(tasks);
  }

  @Test
  void partsOfALargeFileStayAlone() {
    SourceFile big = file(0);
    List<IngestJob.Task> tasks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tasks.add(
          new IngestJob.ReadTask(big, new FilePart(i, 4, i * PART, (i + 1) * PART, i * 1000L, 10)));
    }
    tasks.add(new IngestJob.ReadTask(file(1), null));
    tasks.add(new IngestJob.ReadTask(file(2), null));
    Map<String, Long> sizes = sizes(3, 1_000);
    sizes.put(big.path(), 4 * PART);
    List<List<IngestJob.Task>> groups = IngestJob.pack(tasks, sizes, 2, PART);
    assertThat(groups).hasSize(5);
    for (int i = 0; i < 4; i++) {
      assertThat(groups.get(i)).containsExactly(tasks.get(i));
    }
    assertThat(groups.get(4)).containsExactly(tasks.get(4), tasks.get(5));
  }

  @Test
  void oneFileIsOnePartition() {
    List<IngestJob.Task> tasks = wholeFiles(1);
    assertThat(IngestJob.pack(tasks, Map.of(), 8, PART)).containsExactly(tasks);
    assertThat(IngestJob.pack(List.of(), Map.of(), 8, PART)).isEmpty();
  }

  private static ParsedRecord stat(int order) {
    return ParsedRecord.of(new FileStat(order, "f" + order, order, "sha", 0));
  }

  @Test
  void chainedStartsEachTaskWhenTheOneBeforeIsDone() {
    List<IngestJob.Task> tasks = wholeFiles(3);
    List<Integer> started = new ArrayList<>();
    Iterator<ParsedRecord> it =
        IngestJob.chained(
            tasks,
            t -> {
              int order = ((IngestJob.ReadTask) t).file().order();
              started.add(order);
              return order == 1
                  ? List.<ParsedRecord>of().iterator()
                  : List.of(stat(order)).iterator();
            });
    assertThat(started).isEmpty();
    assertThat(it.next().fileOrder()).isZero();
    assertThat(started).containsExactly(0);
    assertThat(it.next().fileOrder()).isEqualTo(2);
    assertThat(started).containsExactly(0, 1, 2);
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void aTaskThatCannotStartFailsThePartition() {
    Iterator<ParsedRecord> it =
        IngestJob.chained(
            wholeFiles(1),
            t -> {
              throw new IOException("gone");
            });
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("gone");
  }
}
