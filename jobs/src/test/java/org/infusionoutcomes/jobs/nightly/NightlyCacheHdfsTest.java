package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.jobs.cli.OutcomesCli;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of parsed inputs on a real (in-process) HDFS: entries are written by the executors and
 * renamed into place under {@code WAREHOUSE/state/}, a second night parses only the changed file,
 * and the published reports equal those of {@code run} over the same landing zone.
 */
class NightlyCacheHdfsTest {
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
    Path local = tmp.resolve("local");
    new GenericCsvWriter()
        .write(
            StudyGenerator.generate(
                new StudyGenerator.Options("HDFS-C1", 5, 3, LocalDate.of(2024, 5, 6), 1),
                ScaleRegistry.shipped()),
            local);
    cluster
        .getFileSystem()
        .copyFromLocalFile(
            new org.apache.hadoop.fs.Path(local.toUri()),
            new org.apache.hadoop.fs.Path(hdfs + "/landing/HDFS-C1"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static int cli(String... args) {
    SharedSpark.get();
    return OutcomesCli.execute(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  private static int nightly() {
    return cli("nightly", "--input", hdfs + "/landing", "--output", hdfs + "/warehouse", "--quiet");
  }

  private static byte[] read(FileSystem fs, String path) throws Exception {
    try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(path))) {
      return in.readAllBytes();
    }
  }

  private static JsonNode lastHistoryLine(FileSystem fs) throws Exception {
    String[] lines =
        new String(read(fs, "/warehouse/history.jsonl"), StandardCharsets.UTF_8).split("\n");
    return new ObjectMapper().readTree(lines[lines.length - 1]);
  }

  private static List<String> entries(FileSystem fs) throws Exception {
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(new org.apache.hadoop.fs.Path("/warehouse/state"))) {
      out.add(s.getPath().getName());
    }
    return out;
  }

  @Test
  void aSecondNightParsesOnlyTheChangedFileAndPublishesTheNumbersOfRun() throws Exception {
    FileSystem fs = cluster.getFileSystem();

    assertThat(nightly()).isEqualTo(ExitCodes.OK);
    JsonNode first = lastHistoryLine(fs);
    assertThat(first.path("parsing").path("parsed").asLong()).isEqualTo(3);
    assertThat(entries(fs)).hasSize(3).allMatch(n -> n.matches("[0-9a-f]{64}"));

    String scores = "/landing/HDFS-C1/scores.csv";
    List<String> lines =
        new ArrayList<>(
            Arrays.asList(new String(read(fs, scores), StandardCharsets.UTF_8).split("\n")));
    lines.remove(lines.size() - 1); // the last row of the export is gone tonight
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(scores), true)) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Thread.sleep(1100);

    assertThat(nightly()).isEqualTo(ExitCodes.OK);
    JsonNode second = lastHistoryLine(fs);
    assertThat(second.path("status").asText()).isEqualTo("published");
    assertThat(second.path("parsing").path("parsed").asLong()).isEqualTo(1);
    assertThat(second.path("parsing").path("from_cache").asLong()).isEqualTo(2);
    assertThat(entries(fs)).as("the old entry of the changed file is deleted").hasSize(3);

    assertThat(cli("run", "--input", hdfs + "/landing", "--output", hdfs + "/run", "--quiet"))
        .isEqualTo(ExitCodes.OK);
    String snapshot = new String(read(fs, "/warehouse/CURRENT"), StandardCharsets.UTF_8).trim();
    List<String> csvs = new ArrayList<>();
    for (FileStatus s : fs.listStatus(new org.apache.hadoop.fs.Path("/run/reports"))) {
      if (s.getPath().getName().endsWith(".csv")) {
        csvs.add(s.getPath().getName());
      }
    }
    assertThat(csvs).isNotEmpty();
    for (String csv : csvs) {
      assertThat(read(fs, "/warehouse/snapshots/" + snapshot + "/reports/" + csv))
          .as(csv)
          .isEqualTo(read(fs, "/run/reports/" + csv));
    }
  }
}
