package org.infusionoutcomes.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.generic.GenericCsvWriter;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.write.SyntheticStudy;
import org.infusionoutcomes.jobs.generate.StudyGenerator;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real (in-process) HDFS: inputs and outputs as hdfs:// URIs. */
class HdfsRunTest {
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
            new StudyGenerator.Options("HDFS-01", 6, 3, LocalDate.of(2024, 5, 6), 1),
            ScaleRegistry.shipped());
    Path local = tmp.resolve("local");
    new GenericCsvWriter().write(study, local);
    FileSystem fs = cluster.getFileSystem();
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(local.toUri()),
        new org.apache.hadoop.fs.Path(hdfs + "/landing/HDFS-01"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void runReadsAndWritesHdfsPaths() throws Exception {
    SparkSession spark = SharedSpark.get();
    StringWriter err = new StringWriter();
    int exit =
        OutcomesCli.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "run",
            "--input",
            hdfs + "/landing",
            "--output",
            hdfs + "/warehouse/run-1",
            "--quiet");
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
    FileSystem fs = cluster.getFileSystem();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path("/warehouse/run-1/reports/report.html")))
        .isTrue();
    assertThat(spark.read().parquet(hdfs + "/warehouse/run-1/normalized/assessments").count())
        .isPositive();
    try (InputStream in =
        fs.open(new org.apache.hadoop.fs.Path("/warehouse/run-1/run-manifest.json"))) {
      JsonNode m = new ObjectMapper().readTree(in);
      assertThat(m.path("inputs").get(0).path("path").asText()).startsWith("hdfs://");
      assertThat(m.path("totals").path("records_read").asLong()).isPositive();
    }
  }
}
