package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.jobs.cli.OutcomesCli;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly on a real (in-process) HDFS: no symbolic links there, so {@code WAREHOUSE/CURRENT} names
 * the snapshot and is replaced by rename; the lock is an exclusive create on HDFS.
 */
class NightlyHdfsTest {
  @TempDir static Path tmp;
  private static MiniDFSCluster cluster;
  private static String hdfs;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
    conf.set("dfs.datanode.hostname", "127.0.0.1");
    conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    SyntheticStudy study =
        StudyGenerator.generate(
            new StudyGenerator.Options("HDFS-N1", 5, 3, LocalDate.of(2024, 5, 6), 1),
            ScaleRegistry.shipped());
    Path local = tmp.resolve("local");
    new GenericCsvWriter().write(study, local);
    cluster
        .getFileSystem()
        .copyFromLocalFile(
            new org.apache.hadoop.fs.Path(local.toUri()),
            new org.apache.hadoop.fs.Path(hdfs + "/landing/HDFS-N1"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static int nightly() {
    SharedSpark.get();
    return OutcomesCli.execute(
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        "nightly",
        "--input",
        hdfs + "/landing",
        "--output",
        hdfs + "/warehouse",
        "--quiet");
  }

  private static String read(FileSystem fs, String path) throws Exception {
    try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void publishesThroughTheCurrentPointerFileAndRecordsAnUnchangedNight() throws Exception {
    FileSystem fs = cluster.getFileSystem();

    assertThat(nightly()).isEqualTo(ExitCodes.OK);
    String snapshot = read(fs, "/warehouse/CURRENT").trim();
    assertThat(snapshot).matches("\\d{8}T\\d{6}Z-[0-9a-f]{16}");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/warehouse/current"))).isFalse();
    assertThat(
            fs.exists(
                new org.apache.hadoop.fs.Path(
                    "/warehouse/snapshots/" + snapshot + "/reports/report.html")))
        .isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/warehouse/.lock"))).isFalse();

    assertThat(nightly()).isEqualTo(ExitCodes.OK);
    List<String> lines = List.of(read(fs, "/warehouse/history.jsonl").split("\n"));
    assertThat(lines).hasSize(2);
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.path("status").asText()).isEqualTo("unchanged");
    assertThat(second.path("snapshot").asText()).isEqualTo(snapshot);
    assertThat(read(fs, "/warehouse/CURRENT").trim()).isEqualTo(snapshot);
  }

  @Test
  void pointerSwitchAndLockOnHdfs() throws Exception {
    FileSystem fs = cluster.getFileSystem();
    Warehouse w = Warehouse.open(new Configuration(), hdfs + "/wh-unit");
    w.ensureLayout();
    fs.mkdirs(new org.apache.hadoop.fs.Path("/wh-unit/snapshots/a"));
    fs.mkdirs(new org.apache.hadoop.fs.Path("/wh-unit/snapshots/b"));

    w.switchCurrent("a");
    w.switchCurrent("b");

    assertThat(w.currentSnapshot()).contains("b");
    assertThat(w.usesSymbolicLink()).isFalse();
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path("/wh-unit")))
        .extracting(s -> s.getPath().getName())
        .noneMatch(n -> n.startsWith(".current.tmp"));

    WarehouseLock.Attempt first =
        WarehouseLock.acquire(w, w.lockFile(), Duration.ofHours(12), Instant.now());
    WarehouseLock.Attempt second =
        WarehouseLock.acquire(w, w.lockFile(), Duration.ofHours(12), Instant.now());
    assertThat(first.acquired()).isTrue();
    assertThat(second.acquired()).isFalse();
    first.lock().orElseThrow().close();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/wh-unit/.lock"))).isFalse();

    RunHistory h = new RunHistory(w);
    h.append(
        new RunHistory.Entry(
            "r1", Instant.now(), Instant.now(), "failed", 1, null, null, null, "x", null, null));
    h.append(
        new RunHistory.Entry(
            "r2", Instant.now(), Instant.now(), "failed", 1, null, null, null, "y", null, null));
    assertThat(h.read()).extracting(n -> n.path("run_id").asText()).containsExactly("r1", "r2");
  }
}
