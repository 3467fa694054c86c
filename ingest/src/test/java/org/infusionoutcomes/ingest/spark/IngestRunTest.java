package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.IngestResult.FileReport;
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
 * One mixed input folder (two generic snapshots, generic infusions, SDTM QS and DM, a refused
 * identifier file, a file with a broken header, documentation and an unknown file) ingested twice
 * into two output folders. The Spark runs happen once; each test checks one property of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRunTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();
  private static final Map<String, Object> CONFIG = Map.of("test", "defaults");
  private static final List<String> TABLES =
      List.of("assessments", "infusions", "subjects", "rejects", "warnings");

  @TempDir static Path tmp;

  private Path in;
  private Path out1;
  private Path out2;
  private IngestResult first;
  private IngestResult second;
  private Map<String, String> checksumsBefore;
  private Map<String, String> checksumsAfter;

  @BeforeAll
  void runTwice() throws Exception {
    in = tmp.resolve("in");
    writeInputs(in);
    checksumsBefore = checksums(in);
    out1 = tmp.resolve("out1");
    out2 = tmp.resolve("out2");
    first = ingest(in, out1);
    second = ingest(in, out2);
    checksumsAfter = checksums(in);
  }

  private static IngestResult ingest(Path input, Path output) {
    SparkSession spark = SharedSpark.get();
    InputPlan plan =
        InputDiscovery.discover(
            spark.sparkContext().hadoopConfiguration(),
            List.of(input.toString()),
            null,
            null,
            Set.of());
    return IngestJob.run(spark, plan, output.toUri().toString(), CONFIG, REGISTRY);
  }

  private static void writeInputs(Path in) throws IOException {
    StringBuilder jan =
        new StringBuilder("study_id,subject_id,instrument,item,score,assessment_date,visit\n");
    for (int i = 1; i <= 10; i++) {
      jan.append("S1,P1,MADRS,")
          .append(i)
          .append(",3,2024-01-02,BL\n"); // lines 2-11: replaced by February
    }
    for (int i = 1; i <= 10; i++) {
      jan.append("S1,P1,MADRS,").append(i).append(",2,2024-01-09,W1\n"); // lines 12-21: kept
    }
    jan.append("S1,P2,HAMD,1,2,2024-01-02,BL\n"); // line 22: unknown_scale
    TempDirs.write(in, "2024-01/scores.csv", jan.toString());

    StringBuilder feb =
        new StringBuilder("study_id,subject_id,instrument,item,score,assessment_date,visit\n");
    for (int i = 1; i <= 10; i++) {
      feb.append("S1,P1,MADRS,").append(i).append(",4,2024-01-02,BL\n");
    }
    for (int i = 1; i <= 9; i++) {
      feb.append("S1,P1,PHQ-9,")
          .append(i)
          .append(',')
          .append(i == 2 ? 7 : 1)
          .append(",2024-01-16,W2\n"); // rejected
    }
    TempDirs.write(in, "2024-02/scores.csv", feb.toString());

    TempDirs.write(
        in,
        "infusions.csv",
        """
        study_id,subject_id,dose_mg_per_kg,infusion_date,infusion_time
        S1,P1,0.5,2024-01-03,10:00
        S1,P1,0.5,2024-01-03,10:00
        S1,P1,0.5,2024-01-05,10:00
        S1,P1,abc,2024-01-07,
        """);

    StringBuilder qs =
        new StringBuilder(
            "STUDYID,DOMAIN,USUBJID,QSCAT,QSTESTCD,QSORRES,QSSTRESN,QSSTAT,VISIT,QSDTC,QSDY\n");
    for (int i = 1; i <= 11; i++) {
      qs.append("KET,QS,KET-001,PHQ-9,PHQ01")
          .append(String.format("%02d", i))
          .append(",,")
          .append(i == 11 ? "9" : "1")
          .append(",,BASELINE,2024-02-01,1\n");
    }
    qs.append("KET,QS,KET-001,PHQ-9,PHQ0101,,1,,WEEK 1,2024-02,\n"); // partial_date
    TempDirs.write(in, "qs.csv", qs.toString());

    TempDirs.write(
        in,
        "dm.csv",
        """
        STUDYID,DOMAIN,USUBJID,SITEID,RFSTDTC,BRTHDTC,AGE,SEX,ARM
        KET,DM,KET-001,S01,2024-02-01,1980,44,F,A
        KET,DM,KET-002,S01,2024-02-02,1979-03-04,45,M,A
        """);
    TempDirs.write(
        in, "contacts.csv", "study_id,subject_id,site_id,email\nS1,P1,A,p1@example.org\n");
    TempDirs.write(
        in,
        "broken_scores.csv",
        "study_id,\"subject_id\"x,instrument,item,score,study_day\nS1,P9,MADRS,1,2,1\n");
    TempDirs.write(in, "README.md", "# exports of January and February\n");
    TempDirs.write(in, "labs.csv", "patient,test,value\nP1,CRP,3\n");
  }

  private static Map<String, String> checksums(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), sha256(p));
      }
    }
    return out;
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  private static FileReport report(IngestResult r, String relativePath) {
    return r.files().stream()
        .filter(f -> f.relativePath().equals(relativePath))
        .findFirst()
        .orElseThrow();
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

  private static List<String> fileNames(Path out, String table) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("normalized").resolve(table))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Row> rejects(Path out) {
    return SharedSpark.get()
        .read()
        .parquet(out.resolve("normalized/rejects").toString())
        .collectAsList();
  }

  @Test
  void everyReadFileHasExactCountsThatAddUp() {
    record Counts(String status, long read, long accepted, long rejected) {}
    Map<String, Counts> actual =
        first.files().stream()
            .collect(
                Collectors.toMap(
                    FileReport::relativePath,
                    f ->
                        new Counts(
                            f.status(), f.recordsRead(), f.recordsAccepted(), f.recordsRejected()),
                    (a, b) -> a,
                    TreeMap::new));

    assertThat(actual)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "2024-01/scores.csv", new Counts("read", 21, 20, 1),
                "2024-02/scores.csv", new Counts("read", 19, 10, 9),
                "infusions.csv", new Counts("read", 4, 3, 1),
                "qs.csv", new Counts("read", 12, 11, 1),
                "dm.csv", new Counts("read", 2, 1, 1),
                "contacts.csv", new Counts("refused", 0, 0, 0),
                "broken_scores.csv", new Counts("refused", 0, 0, 0),
                "README.md", new Counts("skipped", 0, 0, 0),
                "labs.csv", new Counts("unknown", 0, 0, 0)));
    assertThat(first.recordsRead()).isEqualTo(58);
    assertThat(first.recordsRejected()).isEqualTo(13);
    assertThat(first.filesRefused()).isEqualTo(2);
    assertThat(first.filesUnknown()).isEqualTo(1);
  }

  @Test
  void tablesHoldWhatTheRulesKeep() {
    assertThat(first.tableRows())
        .containsEntry("assessments", 3L)
        .containsEntry("infusions", 2L)
        .containsEntry("subjects", 2L)
        .containsEntry("rejects", 15L)
        .containsEntry("warnings", 2L);
    assertThat(first.rejectsByRule())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "unknown_scale",
                1L,
                "item_out_of_range",
                9L,
                "invalid_number",
                1L,
                "partial_date",
                1L,
                "direct_identifier",
                1L,
                "direct_identifier_value",
                1L,
                "unreadable_file",
                1L));
    assertThat(first.warningsByRule())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("duplicate_conflicting", 1L, "duplicate_identical", 1L));
    List<Row> bl =
        SharedSpark.get()
            .read()
            .parquet(out1.resolve("normalized/assessments").toString())
            .filter("visit = 'BL'")
            .collectAsList();
    assertThat(bl)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.<Double>getAs("total_score")).isEqualTo(40.0);
              assertThat(r.<String>getAs("source_file")).endsWith("/2024-02/scores.csv");
            });
  }

  @Test
  void fileLevelRefusalsAppearWithTheirReason() {
    FileReport contacts = report(first, "contacts.csv");
    assertThat(contacts.status()).isEqualTo("refused");
    assertThat(contacts.note())
        .isEqualTo(
            "column 4 'email' holds a direct identifier; inputs must be de-identified, so the whole file is refused"
                + " - remove the column and run again");
    FileReport broken = report(first, "broken_scores.csv");
    assertThat(broken.status()).isEqualTo("refused");
    assertThat(broken.note()).startsWith("the header is not valid CSV: ");
    assertThat(report(first, "README.md").note()).isEqualTo("documentation, not data");
    assertThat(report(first, "labs.csv").note()).startsWith("the header matches no known format");
    assertThat(report(first, "dm.csv").note()).isNull();

    Row refusal =
        rejects(out1).stream()
            .filter(r -> r.<String>getAs("source_file").endsWith("/contacts.csv"))
            .findFirst()
            .orElseThrow();
    assertThat(refusal.<Boolean>getAs("file_level")).isTrue();
    assertThat(refusal.<String>getAs("source_column")).isEqualTo("email");
    assertThat(refusal.<String>getAs("raw_record")).isEqualTo("study_id,subject_id,site_id,email");
  }

  @Test
  void fullBirthDateRowIsARecordRejectWithoutItsText() {
    Row r =
        rejects(out1).stream()
            .filter(x -> x.<String>getAs("source_file").endsWith("/dm.csv"))
            .findFirst()
            .orElseThrow();

    assertThat(r.<String>getAs("rule_id")).isEqualTo("direct_identifier_value");
    assertThat(r.<Long>getAs("source_line")).isEqualTo(3L);
    assertThat(r.<Boolean>getAs("file_level")).isFalse();
    assertThat(r.<String>getAs("raw_record")).isNull();
    assertThat(rejects(out1))
        .allSatisfy(
            x ->
                assertThat(String.valueOf(x.<String>getAs("raw_record")))
                    .doesNotContain("1979-03-04"));
  }

  @Test
  void inputFilesAreNeverModified() throws Exception {
    assertThat(checksumsAfter).isEqualTo(checksumsBefore);
    assertThat(checksumsBefore).hasSize(9);
    for (FileReport f : first.files()) {
      if (f.sha256() != null) {
        assertThat(f.sha256())
            .as(f.relativePath())
            .isEqualTo(checksumsBefore.get(f.relativePath()));
      }
    }
    assertThat(report(first, "qs.csv").sha256()).isNotNull();
  }

  @Test
  void secondRunOnTheSameInputsGivesIdenticalTablesAndFileNames() throws IOException {
    for (String table : TABLES) {
      assertThat(sortedRows(out2, table)).as(table).isEqualTo(sortedRows(out1, table));
      assertThat(fileNames(out2, table)).as(table).isEqualTo(fileNames(out1, table));
      assertThat(fileNames(out1, table)).as(table).contains("part-00000.snappy.parquet");
    }
    assertThat(sortedRows(out1, "assessments")).hasSize(3);
    assertThat(second.files()).isEqualTo(first.files());
  }

  @Test
  void runIdIsStableAcrossRunsAndOnEveryReject() {
    assertThat(second.runId()).isEqualTo(first.runId()).hasSize(16);
    assertThat(rejects(out1))
        .allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo(first.runId()));
    assertThat(rejects(out2))
        .allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo(first.runId()));
  }
}
