package org.infusionoutcomes.ingest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ReadContext;
import org.infusionoutcomes.ingest.source.RecordSink;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceReaders;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage (SPEC §3-§4): reads every input file once on the executors, assembles and
 * scores each subject's records, and writes the canonical tables {@code assessments}, {@code
 * infusions}, {@code subjects}, {@code rejects} (and {@code warnings}) under {@code
 * <out>/normalized/}. Only per-file and per-rule counts reach the driver.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  /** Table names under {@code <out>/normalized/}. */
  public static final String ASSESSMENTS = "assessments";

  public static final String INFUSIONS = "infusions";
  public static final String SUBJECTS = "subjects";
  public static final String REJECTS = "rejects";
  public static final String WARNINGS = "warnings";

  private static final RecordRowCodec<ParsedRecord> PARSED = RecordRowCodec.of(ParsedRecord.class);
  private static final RecordRowCodec<AssembledRecord> ASSEMBLED = RecordRowCodec.of(AssembledRecord.class);
  private static final RecordRowCodec<RejectRow> REJECT_ROW = RecordRowCodec.of(RejectRow.class);

  private IngestJob() {}

  /**
   * Runs the ingest stage over a discovered input plan.
   *
   * @param spark the session
   * @param plan the files to read
   * @param outputDir the run's output directory ({@code <out>})
   * @param config the effective configuration
   * @param registry the scales
   */
  public static IngestResult run(
      SparkSession spark, InputPlan plan, String outputDir, OutcomesConfig config, ScaleRegistry registry) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableHadoopConf> hadoop =
        jsc.broadcast(new SerializableHadoopConf(spark.sparkContext().hadoopConfiguration()));
    ReadContext context = new ReadContext(registry);

    List<SourceFile> files = plan.toRead();
    LOG.info("ingest: reading {} file(s)", files.size());
    JavaRDD<Row> parsedRows =
        jsc.parallelize(files, Math.max(1, files.size()))
            .flatMap((FlatMapFunction<SourceFile, Row>) f -> readFile(f, hadoop.value(), context));
    Dataset<Row> parsed = spark.createDataFrame(parsedRows, PARSED.schema()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<FileStat> stats =
          parsed.filter(col("kind").equalTo(ParsedRecord.FILE)).select(col("file.*")).collectAsList().stream()
              .map(r -> RecordRowCodec.of(FileStat.class).fromRow(r))
              .toList();
      String runId = runId(stats, config);
      LOG.info("ingest: read {} record(s); assembling subjects (run {})", stats.stream().mapToLong(FileStat::recordsRead).sum(), runId);

      Dataset<Row> assembled = assemble(parsed, registry).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        return write(spark, plan, stats, parsed, assembled, outputDir, runId);
      } finally {
        assembled.unpersist();
      }
    } finally {
      parsed.unpersist();
    }
  }

  private static IngestResult write(
      SparkSession spark,
      InputPlan plan,
      List<FileStat> stats,
      Dataset<Row> parsed,
      Dataset<Row> assembled,
      String outputDir,
      String runId) {
    String base = new Path(outputDir, "normalized").toString();
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(ASSESSMENTS, ParquetTables.write(payload(assembled, AssembledRecord.ASSESSMENT, "assessment"),
        base + "/" + ASSESSMENTS, "study_id", "subject_id", "scale", "day", "assessment_time", "visit"));
    rows.put(INFUSIONS, ParquetTables.write(payload(assembled, AssembledRecord.INFUSION, "infusion"),
        base + "/" + INFUSIONS, "study_id", "subject_id", "day", "infusion_time"));
    rows.put(SUBJECTS, ParquetTables.write(payload(assembled, AssembledRecord.SUBJECT, "subject"),
        base + "/" + SUBJECTS, "study_id", "subject_id"));

    Dataset<Row> readRejects =
        spark.createDataFrame(
            parsed.filter(col("kind").equalTo(ParsedRecord.REJECT)).javaRDD()
                .map(r -> REJECT_ROW.toRow(RejectRow.of(PARSED.fromRow(r).reject()))),
            REJECT_ROW.schema());
    // A file-level rule refuses a file only when none of its records was read: direct_identifier
    // also rejects single records (an SDTM row with a full BRTHDTC) of a file that is otherwise read.
    Object[] filesWithRecords = stats.stream().filter(s -> s.recordsRead() > 0).map(FileStat::fileOrder).toArray();
    Dataset<Row> allFindings =
        readRejects
            .unionByName(
                assembled.filter(col("kind").isin(AssembledRecord.REJECT, AssembledRecord.WARNING)).select(col("reject.*")))
            .withColumn("file_level", col("file_level").and(functions.not(col("file_order").isin(filesWithRecords))));
    Column warningRule = col("rule_id").isin(warningRuleIds());
    Dataset<Row> rejects = allFindings.filter(functions.not(warningRule)).withColumn("run_id", lit(runId));
    Dataset<Row> warnings = allFindings.filter(warningRule).withColumn("run_id", lit(runId));
    String[] findingKeys = {"file_order", "source_line", "rule_id", "source_column", "reason"};
    rows.put(REJECTS, ParquetTables.write(rejects, base + "/" + REJECTS, findingKeys));
    rows.put(WARNINGS, ParquetTables.write(warnings, base + "/" + WARNINGS, findingKeys));

    // Counts only: per file, the distinct rejected lines; per rule, rejects and warnings.
    Dataset<Row> writtenRejects = ParquetTables.read(spark, base + "/" + REJECTS);
    Map<Integer, Long> rejectedLines = new TreeMap<>();
    for (Row r :
        writtenRejects.filter(col("file_level").equalTo(false))
            .groupBy("file_order")
            .agg(functions.countDistinct("source_line").as("n"))
            .collectAsList()) {
      rejectedLines.put(r.getInt(0), r.getLong(1));
    }
    Map<Integer, String> refusals = new TreeMap<>();
    for (Row r :
        writtenRejects.filter(col("file_level").equalTo(true))
            .groupBy("file_order")
            .agg(functions.first("reason").as("reason"))
            .collectAsList()) {
      refusals.put(r.getInt(0), r.getString(1));
    }
    Map<String, Long> rejectsByRule = countByRule(writtenRejects);
    Map<String, Long> warningsByRule = countByRule(ParquetTables.read(spark, base + "/" + WARNINGS));

    return summarise(plan, stats, rejectedLines, refusals, rows, rejectsByRule, warningsByRule, runId);
  }

  private static IngestResult summarise(
      InputPlan plan,
      List<FileStat> stats,
      Map<Integer, Long> rejectedLines,
      Map<Integer, String> refusals,
      Map<String, Long> rows,
      Map<String, Long> rejectsByRule,
      Map<String, Long> warningsByRule,
      String runId) {
    Map<String, FileStat> statByPath = new LinkedHashMap<>();
    stats.forEach(s -> statByPath.put(s.file(), s));
    Map<String, SourceFile> sourceByPath = new LinkedHashMap<>();
    plan.toRead().forEach(f -> sourceByPath.put(f.path(), f));
    List<IngestResult.FileReport> reports = new ArrayList<>();
    long read = 0;
    long rejected = 0;
    long refused = 0;
    long unknown = 0;
    for (InputFile f : plan.found()) {
      SourceFile source = sourceByPath.get(f.path());
      if (source == null) {
        if (InputFile.UNKNOWN.equals(f.status())) {
          unknown++;
        }
        reports.add(new IngestResult.FileReport(f.path(), f.relativePath(), f.bytes(), null, f.status(), f.format(), 0, 0, 0, f.note()));
        continue;
      }
      FileStat s = statByPath.get(f.path());
      long n = s == null ? 0 : s.recordsRead();
      long bad = Math.min(n, rejectedLines.getOrDefault(source.order(), 0L));
      String refusal = refusals.get(source.order());
      if (refusal != null) {
        refused++;
      }
      read += n;
      rejected += bad;
      reports.add(
          new IngestResult.FileReport(
              f.path(), f.relativePath(), f.bytes(), s == null ? null : s.sha256(),
              refusal != null ? "refused" : InputFile.READ, f.format(), n, n - bad, bad, refusal));
    }
    return new IngestResult(runId, reports, rows, rejectsByRule, warningsByRule, read, rejected, refused, unknown);
  }

  private static Map<String, Long> countByRule(Dataset<Row> findings) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : findings.groupBy("rule_id").count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }

  private static Object[] warningRuleIds() {
    List<String> ids = new ArrayList<>();
    for (RejectRule r : RejectRule.values()) {
      if (r.isWarning()) {
        ids.add(r.id());
      }
    }
    return ids.toArray();
  }

  private static Dataset<Row> payload(Dataset<Row> assembled, String kind, String column) {
    return assembled.filter(col("kind").equalTo(kind)).select(col(column + ".*"));
  }

  /** Groups observations by (study, subject) and assembles each subject. */
  static Dataset<Row> assemble(Dataset<Row> parsed, ScaleRegistry registry) {
    return parsed
        .filter(col("kind").isin(ParsedRecord.SCORE, ParsedRecord.INFUSION, ParsedRecord.SUBJECT))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(1) + '\u0000' + r.getString(2), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (key, it) -> assembleSubject(key, it, registry),
            Encoders.row(ASSEMBLED.schema()));
  }

  private static Iterator<Row> assembleSubject(String key, Iterator<Row> rows, ScaleRegistry registry) {
    List<ScoreObservation> scores = new ArrayList<>();
    List<InfusionObservation> infusions = new ArrayList<>();
    List<SubjectObservation> subjects = new ArrayList<>();
    while (rows.hasNext()) {
      ParsedRecord p = PARSED.fromRow(rows.next());
      switch (p.kind()) {
        case ParsedRecord.SCORE -> scores.add(p.score());
        case ParsedRecord.INFUSION -> infusions.add(p.infusion());
        case ParsedRecord.SUBJECT -> subjects.add(p.subject());
        default -> throw new IllegalStateException("unexpected kind " + p.kind());
      }
    }
    int sep = key.indexOf('\u0000');
    SubjectAssembly a =
        new SubjectAssembler(registry).assemble(key.substring(0, sep), key.substring(sep + 1), scores, infusions, subjects);
    List<Row> out = new ArrayList<>();
    for (Assessment x : a.assessments()) {
      out.add(ASSEMBLED.toRow(new AssembledRecord(AssembledRecord.ASSESSMENT, x, null, null, null)));
    }
    for (Infusion x : a.infusions()) {
      out.add(ASSEMBLED.toRow(new AssembledRecord(AssembledRecord.INFUSION, null, x, null, null)));
    }
    if (a.subject() != null) {
      Subject s = a.subject();
      out.add(ASSEMBLED.toRow(new AssembledRecord(AssembledRecord.SUBJECT, null, null, s, null)));
    }
    for (Reject r : a.rejects()) {
      out.add(ASSEMBLED.toRow(new AssembledRecord(AssembledRecord.REJECT, null, null, null, RejectRow.of(r))));
    }
    for (Reject r : a.warnings()) {
      out.add(ASSEMBLED.toRow(new AssembledRecord(AssembledRecord.WARNING, null, null, null, RejectRow.of(r))));
    }
    return out.iterator();
  }

  /**
   * Reads one file on an executor. Its output is buffered so that a reader failure on malformed
   * content refuses the file as a whole instead of keeping half of it.
   */
  static Iterator<Row> readFile(SourceFile file, SerializableHadoopConf hadoop, ReadContext context) throws IOException {
    List<Row> out = new ArrayList<>();
    RecordSink sink =
        new RecordSink() {
          @Override
          public void score(ScoreObservation o) {
            out.add(PARSED.toRow(ParsedRecord.of(o)));
          }

          @Override
          public void infusion(InfusionObservation o) {
            out.add(PARSED.toRow(ParsedRecord.of(o)));
          }

          @Override
          public void subject(SubjectObservation o) {
            out.add(PARSED.toRow(ParsedRecord.of(o)));
          }

          @Override
          public void reject(Reject r) {
            out.add(PARSED.toRow(ParsedRecord.of(r)));
          }
        };
    Path path = new Path(file.path());
    MessageDigest sha = sha256();
    long read;
    try (InputStream raw = path.getFileSystem(hadoop.get()).open(path);
        DigestInputStream in = new DigestInputStream(raw, sha)) {
      try {
        read = SourceReaders.forFormat(file.format()).read(file, new CloseShield(in), context, sink);
      } catch (RuntimeException e) {
        out.clear();
        read = 0;
        sink.reject(
            new Reject(
                file.origin(0, null), null, RejectRule.UNREADABLE_FILE,
                "the file cannot be read as " + file.format().id() + ": " + e,
                file.defaultStudyId(), null));
      }
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    out.add(PARSED.toRow(ParsedRecord.of(new FileStat(file.order(), file.path(), read, HexFormat.of().formatHex(sha.digest()), 0))));
    return out.iterator();
  }

  /**
   * The run id: a hash of every input's checksum and of the effective configuration, so re-running
   * the same inputs gives the same id (and byte-identical tables).
   */
  static String runId(List<FileStat> stats, OutcomesConfig config) {
    MessageDigest sha = sha256();
    stats.stream()
        .sorted(java.util.Comparator.comparingInt(FileStat::fileOrder))
        .forEach(s -> sha.update((s.fileOrder() + "\t" + s.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
    sha.update(config.asMap().toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keeps a reader from closing the stream before the checksum has seen every byte. */
  private static final class CloseShield extends FilterInputStream {
    CloseShield(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Discards bytes (the rest of a file after its reader stopped, for the checksum). */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
