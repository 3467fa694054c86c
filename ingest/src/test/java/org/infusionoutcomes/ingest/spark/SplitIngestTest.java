package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.read.FilePart;
import org.infusionoutcomes.ingest.run.FileSplitter;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.ingest.testing.TempDirs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs read in parts give exactly what they give read whole: the data samples (every
 * format) and generated edge files ingested once without splitting and once in parts of a few tens
 * of kilobytes. Canonical tables, rejects (file, line, column, rule, raw text) and warnings must be
 * identical, and so must the per-file counts and the run id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitIngestTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();
  private static final Map<String, Object> CONFIG = Map.of("test", "split");
  private static final long PART_BYTES = 40_000;
  private static final List<String> TABLES =
      List.of(
          "assessments",
          "infusions",
          "subjects",
          "vital_signs",
          "adverse_events",
          "rejects",
          "warnings");
  private static final String HEADER =
      "study_id,subject_id,instrument,item,score,assessment_date,visit";

  @TempDir static Path tmp;

  private Path in;
  private Path wholeOut;
  private Path splitOut;
  private IngestResult whole;
  private IngestResult split;

  @BeforeAll
  void ingestWholeAndInParts() throws Exception {
    in = tmp.resolve("in");
    copy(TestFiles.dataSamples(""), in.resolve("samples"));
    writeEdgeFiles(in.resolve("edge"));
    wholeOut = tmp.resolve("whole");
    splitOut = tmp.resolve("split");
    whole = ingest(in, wholeOut, Long.MAX_VALUE);
    split = ingest(in, splitOut, PART_BYTES);
  }

  private static IngestResult ingest(Path input, Path output, long partBytes) {
    SparkSession spark = SharedSpark.get();
    InputPlan plan =
        InputDiscovery.discover(
            spark.sparkContext().hadoopConfiguration(),
            List.of(input.toString()),
            null,
            null,
            Set.of());
    return IngestJob.run(spark, plan, output.toUri().toString(), CONFIG, REGISTRY, partBytes, null);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (p.getFileName().toString().equals("outcomes.yaml")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }

  /** Generic scores with every kind of record the splitter must keep intact, CRLF line ends. */
  static String edgeScores(int rows) {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (int r = 1; r <= rows; r++) {
      String subject = "P" + (r % 40);
      int item = 1 + r % 10;
      String date = "2024-01-" + String.format("%02d", 1 + (r / 40) % 28);
      String score = Integer.toString(r % 7);
      String visit = "W" + (r % 5);
      String instrument = "MADRS";
      if (r % 7 == 0) {
        visit = "\"Week\r\n" + r + "\nend\""; // a quoted field over three lines
      } else if (r % 11 == 0) {
        visit = "\"say \"\"hi\"\", " + r + "\"";
      } else if (r % 29 == 0) {
        visit = "a\"b\""; // stray quotes that close on their own line: literal text
      }
      if (r % 13 == 0) {
        score = "9"; // item_out_of_range
      } else if (r % 17 == 0) {
        instrument = "HAMD"; // unknown_scale
      } else if (r % 31 == 0) {
        score = "";
      }
      if (r % 19 == 0) {
        sb.append("S1,").append(subject).append(",MADRS,1\r\n"); // wrong_field_count
      }
      if (r % 23 == 0) {
        sb.append("\r\n   \r\n"); // blank lines
      }
      sb.append(String.join(",", "S1", subject, instrument, "" + item, score, date, visit));
      if (r < rows) {
        sb.append("\r\n");
      }
    }
    return sb.toString(); // the last line has no line break
  }

  private static void writeEdgeFiles(Path dir) throws IOException {
    String scores = edgeScores(6000);
    TempDirs.write(dir, "a/scores.csv", scores);
    // A later snapshot of the same records: every rule "later file and line wins" must see the
    // same lines, so its rows repeat some of the first file's keys with other scores.
    TempDirs.write(dir, "b/scores.csv", edgeScores(2400).replace(",3,2024", ",4,2024"));
    // Quotes the reader re-reads: kept whole, read exactly as before.
    TempDirs.write(
        dir,
        "c/stray.csv",
        edgeScores(600)
            + "\r\nS1,P9,MADRS,1,3,2024-02-01,a\"b\nc\"\r\nS1,P9,MADRS,2,3,2024-02-01,W1\n");
    // Files refused as a whole, large enough to be split: one refusal each.
    StringBuilder contacts = new StringBuilder("study_id,subject_id,site_id,email\n");
    StringBuilder noScore = new StringBuilder("study_id,subject_id,instrument,item,study_day\n");
    for (int i = 0; i < 4000; i++) {
      contacts.append("S1,P").append(i).append(",A,p").append(i).append("@example.org\n");
      noScore.append("S1,P").append(i).append(",MADRS,1,").append(1 + i % 30).append('\n');
    }
    TempDirs.write(dir, "d/contacts.csv", contacts.toString());
    TempDirs.write(dir, "d/noscore.csv", noScore.toString());
  }

  private static List<String> sortedRows(Path out, String table) {
    List<String> rows = new ArrayList<>();
    for (Row r :
        SharedSpark.get()
            .read()
            .parquet(out.resolve("normalized").resolve(table).toString())
            .collectAsList()) {
      rows.add(r.toString());
    }
    rows.sort(null);
    return rows;
  }

  @Test
  void theEdgeFilesAreReallySplitOrKeptWholeAsPlanned() throws Exception {
    assertThat(parts("edge/a/scores.csv")).hasSizeGreaterThan(3);
    assertThat(parts("edge/d/contacts.csv")).hasSizeGreaterThan(2);
    assertThat(parts("samples/fhir/KETA-05/Observation-vital-signs.ndjson")).hasSizeGreaterThan(5);
    assertThat(parts("samples/redcap/redcap_export.csv")).hasSizeGreaterThan(1);
    assertThat(parts("edge/c/stray.csv")).hasSize(1);
  }

  private List<FilePart> parts(String relative) throws IOException {
    InputPlan plan =
        InputDiscovery.discover(
            SharedSpark.get().sparkContext().hadoopConfiguration(),
            List.of(in.toString()),
            null,
            null,
            Set.of());
    var file =
        plan.toRead().stream()
            .filter(f -> f.relativePath().endsWith(relative))
            .findFirst()
            .orElseThrow();
    return FileSplitter.plan(
            file, new ByteArrayInputStream(Files.readAllBytes(in.resolve(relative))), PART_BYTES)
        .parts();
  }

  @Test
  void everyTableHoldsTheSameRowsReadWholeOrInParts() {
    for (String table : TABLES) {
      assertThat(sortedRows(splitOut, table)).as(table).isEqualTo(sortedRows(wholeOut, table));
    }
    assertThat(sortedRows(wholeOut, "assessments")).hasSizeGreaterThan(1000);
    assertThat(sortedRows(wholeOut, "vital_signs")).hasSizeGreaterThan(1000);
  }

  @Test
  void rejectsNameTheSameFileLineColumnRuleAndText() {
    List<String> keys = new ArrayList<>();
    for (Path out : List.of(wholeOut, splitOut)) {
      List<String> k = new ArrayList<>();
      for (Row r :
          SharedSpark.get()
              .read()
              .parquet(out.resolve("normalized/rejects").toString())
              .selectExpr(
                  "concat_ws('|', source_file, source_line, source_column, rule_id, reason,"
                      + " raw_record)")
              .collectAsList()) {
        k.add(r.getString(0));
      }
      k.sort(null);
      keys.add(String.join("\n", k));
    }
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
    // The edge file's rejects include records on lines after quoted line breaks.
    assertThat(keys.get(0)).contains("edge/a/scores.csv|", "malformed_csv", "item_out_of_range");
    // A file refused as a whole is refused once, however many parts it was read in.
    assertThat(keys.get(0).lines().filter(l -> l.contains("d/contacts.csv|")).count()).isEqualTo(1);
    assertThat(keys.get(0).lines().filter(l -> l.contains("d/noscore.csv|")).count()).isEqualTo(1);
  }

  @Test
  void perFileCountsChecksumsAndTheRunIdAreTheSame() {
    assertThat(split).isEqualTo(whole);
    assertThat(whole.recordsRejected()).isPositive();
    assertThat(whole.filesRefused()).isEqualTo(2);
  }

  @Test
  void theTablesAreByteIdentical() throws Exception {
    assertThat(checksums(splitOut.resolve("normalized")))
        .isEqualTo(checksums(wholeOut.resolve("normalized")));
  }

  @Test
  void aRecordWithAQuotedLineBreakAcrossAPartEdgeKeepsItsLineNumber() throws Exception {
    String good = "S1,P1,MADRS,1,2,2024-01-02,W1\n";
    String spanning = "S1,P2,MADRS,1,9,2024-01-02,\"Week\n1\n\"\n"; // lines 5-7, score 9
    String after = "S1,P3,MADRS,1,8,2024-01-02,W1\n"; // line 8, score 8
    String text = HEADER + "\n" + good.repeat(3) + spanning + after + good.repeat(3);
    Path dir = tmp.resolve("edge-boundary");
    TempDirs.write(dir, "scores.csv", text);
    long spanningStart = (HEADER + "\n" + good.repeat(3)).length();
    long partBytes = spanningStart + 10; // the first part's size ends inside the quoted field

    var plan =
        FileSplitter.plan(
            new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            FileSplitter.Mode.CSV,
            ',',
            partBytes);
    assertThat(plan.parts()).hasSize(2);
    assertThat(plan.parts().get(1).start()).isEqualTo(spanningStart + spanning.length());
    assertThat(plan.parts().get(1).firstLine()).isEqualTo(8);

    Path out = tmp.resolve("edge-boundary-out");
    SparkSession spark = SharedSpark.get();
    InputPlan inputs =
        InputDiscovery.discover(
            spark.sparkContext().hadoopConfiguration(),
            List.of(dir.toString()),
            null,
            null,
            Set.of());
    IngestResult result =
        IngestJob.run(spark, inputs, out.toUri().toString(), CONFIG, REGISTRY, partBytes, null);

    List<String> rejects = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve("normalized/rejects").toString())
            .where("rule_id = 'item_out_of_range'")
            .orderBy("source_line")
            .selectExpr("concat_ws('|', source_line, source_column, rule_id, raw_record)")
            .collectAsList()) {
      rejects.add(r.getString(0));
    }
    assertThat(rejects)
        .containsExactly(
            "5|score|item_out_of_range|" + spanning.strip(),
            "8|score|item_out_of_range|" + after.strip());
    assertThat(result.files().get(0).recordsRead()).isEqualTo(8);
    assertThat(result.files().get(0).recordsRejected()).isEqualTo(8);
  }

  private static Map<String, String> checksums(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(
            dir.relativize(p).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
