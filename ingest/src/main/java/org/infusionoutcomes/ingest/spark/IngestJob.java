package org.infusionoutcomes.ingest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.ADVERSE_EVENT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.ASSESSMENT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.INFUSION;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.MEDICATION;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.REJECT_ROW;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.SUBJECT;
import static org.infusionoutcomes.ingest.spark.NormalizedCodecs.VITAL_SIGN;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.assemble.SubjectObservations;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.read.FilePart;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.run.FileIngest;
import org.infusionoutcomes.ingest.run.FileSplitter;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.IngestSummary;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.scale.ScaleSource;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.spark.CachedTables.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage (docs/formats.md): reads every input file once on the executors, assembles and
 * scores each subject's records, and writes the canonical tables {@code assessments}, {@code
 * infusions}, {@code subjects}, {@code vital_signs}, {@code adverse_events}, {@code medications},
 * {@code rejects} (and {@code warnings}) under {@code <out>/normalized/}. Only per-file and
 * per-rule counts reach the driver.
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private IngestJob() {}

  /**
   * Runs the ingest stage over a discovered input plan.
   *
   * @param spark the session
   * @param plan the files to read
   * @param outputDir the run's output directory ({@code <out>})
   * @param effectiveConfig every effective setting of the run (hashed into the run id)
   * @param registry the scales
   */
  public static IngestResult run(
      SparkSession spark,
      InputPlan plan,
      String outputDir,
      Map<String, Object> effectiveConfig,
      ScaleRegistry registry) {
    return run(spark, plan, outputDir, effectiveConfig, registry, FileSplitter.partBytes(), null);
  }

  /**
   * Runs the ingest stage taking the parsed records of files seen before from {@code cache} (and
   * keeping there those of the files it parses); the tables are the same as without the cache.
   *
   * @param cache the cache of parsed inputs, or null to parse every file
   */
  public static IngestResult run(
      SparkSession spark,
      InputPlan plan,
      String outputDir,
      Map<String, Object> effectiveConfig,
      ScaleRegistry registry,
      ParsedInputCache cache) {
    return run(spark, plan, outputDir, effectiveConfig, registry, FileSplitter.partBytes(), cache);
  }

  /**
   * Runs the ingest stage, splitting line-based files larger than {@code partBytes} into parts of
   * about that size, each read by its own task (see {@link FileSplitter}).
   *
   * @param cache the cache of parsed inputs, or null to parse every file
   */
  static IngestResult run(
      SparkSession spark,
      InputPlan plan,
      String outputDir,
      Map<String, Object> effectiveConfig,
      ScaleRegistry registry,
      long partBytes,
      ParsedInputCache cache) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableHadoopConf> hadoop =
        jsc.broadcast(new SerializableHadoopConf(spark.sparkContext().hadoopConfiguration()));
    ReadContext context = new ReadContext(registry);

    List<SourceFile> files = plan.toRead();
    Map<String, Long> sizes = sizes(plan);
    CodeGeneration.chooseFor(
        spark, files.stream().mapToLong(f -> sizes.getOrDefault(f.path(), 0L)).sum());
    Map<Integer, ParsedInputCache.Entry> hits =
        cache == null
            ? Map.of()
            : cache.lookup(spark.sparkContext().hadoopConfiguration(), files, registry, partBytes);
    List<SourceFile> toParse = files.stream().filter(f -> !hits.containsKey(f.order())).toList();
    Map<Integer, FileSplitter.Split> splits = planSplits(jsc, plan, toParse, hadoop, partBytes);
    List<Task> tasks = new ArrayList<>();
    for (SourceFile f : files) {
      ParsedInputCache.Entry hit = hits.get(f.order());
      if (hit != null) {
        tasks.addAll(ParsedInputCache.loadTasks(f, hit));
      } else {
        tasks.addAll(readTasks(f, splits));
      }
    }
    if (cache == null) {
      LOG.info("ingest: reading {} file(s) in {} task(s)", files.size(), tasks.size());
    } else {
      LOG.info(
          "ingest: parsing {} file(s), taking {} from the cache of parsed inputs, in {} task(s)",
          toParse.size(),
          hits.size(),
          tasks.size());
    }
    // The parsed records are held as rows (Spark's columnar format, on local disk) and grouped by
    // subject as rows; they are Java objects only inside a task (reading a file, assembling one
    // subject).
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> parsedRows =
        asRows(spark, runTasks(jsc, tasks, hadoop, context, sizes, partBytes));
    cached.add(parsedRows);
    try {
      List<ParsedRecord> counts = statistics(parsedRows);
      Set<Integer> missed = ParsedInputCache.missed(counts);
      if (!missed.isEmpty()) {
        // A cache entry could not be read: parse those files (as if they had no entry).
        LOG.warn(
            "ingest: {} entr(y/ies) of the cache of parsed inputs could not be read; parsing those"
                + " file(s) again",
            missed.size());
        List<SourceFile> again = files.stream().filter(f -> missed.contains(f.order())).toList();
        splits.putAll(planSplits(jsc, plan, again, hadoop, partBytes));
        List<Task> againTasks = new ArrayList<>();
        again.forEach(f -> againTasks.addAll(readTasks(f, splits)));
        parsedRows =
            asRows(
                spark,
                records(parsedRows)
                    .filter(p -> !missed.contains(p.fileOrder()))
                    .union(runTasks(jsc, againTasks, hadoop, context, sizes, partBytes)));
        cached.add(parsedRows);
        counts = statistics(parsedRows);
      }
      List<SourceFile> unreadable = unreadableSplitFiles(files, counts);
      if (!unreadable.isEmpty()) {
        // A reader failed on a part: read those files whole, so the file is refused as a whole.
        LOG.info("ingest: reading {} split file(s) again whole", unreadable.size());
        java.util.Set<Integer> again =
            new java.util.HashSet<>(unreadable.stream().map(SourceFile::order).toList());
        JavaRDD<ParsedRecord> whole =
            jsc.parallelize(unreadable, unreadable.size())
                .flatMap(
                    (FlatMapFunction<SourceFile, ParsedRecord>)
                        f -> readFile(f, hadoop.value(), context));
        parsedRows =
            asRows(
                spark,
                records(parsedRows).filter(p -> !again.contains(p.fileOrder())).union(whole));
        cached.add(parsedRows);
        counts = statistics(parsedRows);
      }
      List<FileStat> stats = fileStats(files, splits, counts);
      if (cache != null) {
        List<SourceFile> parsedNow =
            files.stream()
                .filter(f -> !hits.containsKey(f.order()) || missed.contains(f.order()))
                .toList();
        cache.recordUsage(parsedNow.size(), files.size() - parsedNow.size(), missed.size());
        cache.store(
            records(parsedRows),
            parsedNow,
            stats,
            hadoop,
            spark.sparkContext().hadoopConfiguration());
      }
      String runId = runId(stats, effectiveConfig, registry);
      LOG.info(
          "ingest: read {} record(s); assembling subjects (run {})",
          stats.stream().mapToLong(FileStat::recordsRead).sum(),
          runId);

      try (CachedTables assembled = assembledTables(spark, parsedRows, registry)) {
        return write(spark, plan, stats, parsedRows, assembled, outputDir, runId);
      }
    } finally {
      for (int i = cached.size() - 1; i >= 0; i--) {
        cached.get(i).unpersist();
      }
    }
  }

  /** The codec of the parsed records as rows (one column per payload; see {@link ParsedRecord}). */
  private static final RecordRowCodec<ParsedRecord> PARSED =
      RecordRowCodec.exact(ParsedRecord.class);

  /**
   * Parsed records as rows, kept on local disk in Spark's columnar format for the passes that
   * follow (statistics, rejects, the grouping by subject). Not in memory: the read tasks already
   * hold their buffered records there, and cached rows beside them ran a 1.2 GB heap out of memory
   * at 4.7 M rows (docs/decisions.md, "Speed").
   */
  private static Dataset<Row> asRows(SparkSession spark, JavaRDD<ParsedRecord> records) {
    return PARSED.toDataFrame(spark, records).persist(StorageLevel.DISK_ONLY());
  }

  /** The parsed records of {@code rows} as Java objects, decoded in the tasks that use them. */
  private static JavaRDD<ParsedRecord> records(Dataset<Row> rows) {
    return rows.javaRDD().map(r -> PARSED.fromRow(r));
  }

  /** The file and part statistics and cache misses among the parsed records (one job). */
  private static List<ParsedRecord> statistics(Dataset<Row> rows) {
    return records(rows.filter(col("file").isNotNull().or(col("part").isNotNull()))).collect();
  }

  /** What one task of the read stage does: read a file or part of one, or load a cache entry. */
  interface Task extends java.io.Serializable {
    Iterator<ParsedRecord> records(SerializableHadoopConf hadoop, ReadContext context)
        throws IOException;
  }

  /** One read task: a whole file ({@code part} null) or one part of a split file. */
  record ReadTask(SourceFile file, FilePart part) implements Task {
    @Override
    public Iterator<ParsedRecord> records(SerializableHadoopConf hadoop, ReadContext context)
        throws IOException {
      return part == null ? readFile(file, hadoop, context) : readPart(file, part, hadoop, context);
    }
  }

  /** The read tasks of one file: one per part when it is split, else one. */
  private static List<Task> readTasks(SourceFile f, Map<Integer, FileSplitter.Split> splits) {
    List<Task> tasks = new ArrayList<>();
    FileSplitter.Split split = splits.get(f.order());
    if (split != null && split.isSplit()) {
      split.parts().forEach(p -> tasks.add(new ReadTask(f, p)));
    } else {
      tasks.add(new ReadTask(f, null));
    }
    return tasks;
  }

  /**
   * The records of the tasks: consecutive small tasks share a partition ({@link #pack}), so that a
   * tree of many small exports is not read, counted and grouped in as many tiny partitions; a
   * partition runs its tasks one after the other, each task's records released as they are handed
   * on.
   */
  private static JavaRDD<ParsedRecord> runTasks(
      JavaSparkContext jsc,
      List<Task> tasks,
      Broadcast<SerializableHadoopConf> hadoop,
      ReadContext context,
      Map<String, Long> sizes,
      long partBytes) {
    List<List<Task>> packed = pack(tasks, sizes, jsc.defaultParallelism(), partBytes);
    return jsc.parallelize(packed, Math.max(1, packed.size()))
        .flatMap(
            (FlatMapFunction<List<Task>, ParsedRecord>)
                group -> chained(group, t -> t.records(hadoop.value(), context)));
  }

  /** The size in bytes of every file found, by path. */
  private static Map<String, Long> sizes(InputPlan plan) {
    Map<String, Long> sizes = new java.util.HashMap<>();
    plan.found().forEach(f -> sizes.put(f.path(), f.bytes()));
    return sizes;
  }

  /**
   * The records of {@code tasks} one task after the other, each task started only when the one
   * before it has handed out its last record (so one task's buffer is alive at a time).
   */
  static Iterator<ParsedRecord> chained(List<Task> tasks, TaskRecords records) {
    return new Iterator<>() {
      private int next;
      private Iterator<ParsedRecord> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < tasks.size()) {
          try {
            current = records.of(tasks.get(next++));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        return current.hasNext();
      }

      @Override
      public ParsedRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Starts one task's records. */
  @FunctionalInterface
  interface TaskRecords {
    Iterator<ParsedRecord> of(Task t) throws IOException;
  }

  /** Bytes a read task is expected to read: its part's range, else its whole file. */
  private static long bytesOf(Task t, Map<String, Long> sizes) {
    if (t instanceof ReadTask r && r.part() != null) {
      return r.part().end() - r.part().start();
    }
    SourceFile f = t instanceof ReadTask r ? r.file() : ((ParsedInputCache.LoadTask) t).file();
    return Math.max(1, sizes.getOrDefault(f.path(), 1L));
  }

  /**
   * Groups consecutive tasks into partitions of about {@code 1 / (4 * parallelism)} of the input's
   * bytes, at most {@code partBytes} (so a large input keeps one task per file or part): about four
   * partitions per core for balance, no more than the data needs. Order is kept.
   */
  static List<List<Task>> pack(
      List<Task> tasks, Map<String, Long> sizes, int parallelism, long partBytes) {
    long total = 0;
    for (Task t : tasks) {
      total += bytesOf(t, sizes);
    }
    long target = Math.min(partBytes, Math.max(1, total / Math.max(1, 4L * parallelism)));
    List<List<Task>> groups = new ArrayList<>();
    List<Task> current = new ArrayList<>();
    long bytes = 0;
    for (Task t : tasks) {
      long b = bytesOf(t, sizes);
      if (!current.isEmpty() && bytes + b > target) {
        groups.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(t);
      bytes += b;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /**
   * Scans the line-based files larger than {@code partBytes} (one task per file) for their split
   * points and checksums.
   */
  private static Map<Integer, FileSplitter.Split> planSplits(
      JavaSparkContext jsc,
      InputPlan plan,
      List<SourceFile> files,
      Broadcast<SerializableHadoopConf> hadoop,
      long partBytes) {
    Map<String, Long> sizes = sizes(plan);
    List<SourceFile> large =
        files.stream()
            .filter(f -> FileSplitter.modeOf(f) != FileSplitter.Mode.WHOLE)
            .filter(f -> sizes.getOrDefault(f.path(), 0L) > partBytes)
            .toList();
    Map<Integer, FileSplitter.Split> splits = new TreeMap<>();
    if (large.isEmpty()) {
      return splits;
    }
    List<FileSplitter.Split> planned =
        jsc.parallelize(large, large.size()).map(f -> scan(f, hadoop.value(), partBytes)).collect();
    for (int i = 0; i < large.size(); i++) {
      FileSplitter.Split s = planned.get(i);
      splits.put(large.get(i).order(), s);
      LOG.info(
          "ingest: {} in {} part(s){}",
          large.get(i).relativePath(),
          s.parts().size(),
          s.wholeReason() == null ? "" : " (read whole: " + s.wholeReason() + ")");
    }
    return splits;
  }

  private static FileSplitter.Split scan(
      SourceFile file, SerializableHadoopConf hadoop, long partBytes) throws IOException {
    Path path = new Path(file.path());
    try (InputStream in = path.getFileSystem(hadoop.get()).open(path)) {
      return FileSplitter.plan(file, in, partBytes);
    }
  }

  /** The split files on one of whose parts the reader failed. */
  private static List<SourceFile> unreadableSplitFiles(
      List<SourceFile> files, List<ParsedRecord> counts) {
    java.util.Set<Integer> failed = new java.util.HashSet<>();
    for (ParsedRecord r : counts) {
      if (ParsedRecord.PART.equals(r.kind()) && r.part().unreadable()) {
        failed.add(r.part().fileOrder());
      }
    }
    return files.stream().filter(f -> failed.contains(f.order())).toList();
  }

  /** One {@link FileStat} per file: a split file's parts added up, with the scan's checksum. */
  private static List<FileStat> fileStats(
      List<SourceFile> files, Map<Integer, FileSplitter.Split> splits, List<ParsedRecord> counts) {
    Map<Integer, FileStat> byOrder = new TreeMap<>();
    Map<Integer, Long> partRecords = new TreeMap<>();
    for (ParsedRecord r : counts) {
      if (r.file() != null) {
        byOrder.put(r.file().fileOrder(), r.file());
      } else {
        partRecords.merge(r.part().fileOrder(), r.part().recordsRead(), Long::sum);
      }
    }
    for (SourceFile f : files) {
      Long n = partRecords.get(f.order());
      if (n != null && !byOrder.containsKey(f.order())) {
        byOrder.put(
            f.order(), new FileStat(f.order(), f.path(), n, splits.get(f.order()).sha256(), 0));
      }
    }
    return new ArrayList<>(byOrder.values());
  }

  private static IngestResult write(
      SparkSession spark,
      InputPlan plan,
      List<FileStat> stats,
      Dataset<Row> parsed,
      CachedTables assembled,
      String outputDir,
      String runId) {
    OutputLayout layout = OutputLayout.of(outputDir);
    Dataset<Row> allFindings =
        REJECT_ROW
            .toDataFrame(
                spark,
                records(parsed.filter(col("reject").isNotNull()))
                    .map(p -> RejectRow.of(p.reject())))
            .union(assembled.table(ASSEMBLY_FINDINGS));
    Column warningRule = col("rule_id").isin(warningRuleIds());
    Dataset<Row> findings =
        allFindings
            .withColumn("is_warning", warningRule)
            .withColumn("run_id", lit(runId))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One pass counts every table, so each write below is a single job.
      Map<String, Long> counts = new TreeMap<>(assembled.counts());
      for (Row r : findings.groupBy("is_warning").count().collectAsList()) {
        counts.put(r.getBoolean(0) ? "findings.warning" : "findings.reject", r.getLong(1));
      }
      Map<String, Long> rows =
          assembled.write(
              List.of(
                  OutputLayout.ASSESSMENTS,
                  OutputLayout.INFUSIONS,
                  OutputLayout.SUBJECTS,
                  OutputLayout.VITAL_SIGNS,
                  OutputLayout.ADVERSE_EVENTS,
                  OutputLayout.MEDICATIONS),
              layout::normalized,
              counts);
      rows.put(
          OutputLayout.REJECTS,
          ParquetTables.write(
              findings.filter(functions.not(col("is_warning"))).drop("is_warning"),
              counts.getOrDefault("findings.reject", 0L),
              layout.normalized(OutputLayout.REJECTS),
              OutputLayout.sortKeys(OutputLayout.REJECTS)));
      rows.put(
          OutputLayout.WARNINGS,
          ParquetTables.write(
              findings.filter(col("is_warning")).drop("is_warning"),
              counts.getOrDefault("findings.warning", 0L),
              layout.normalized(OutputLayout.WARNINGS),
              OutputLayout.sortKeys(OutputLayout.WARNINGS)));
      return summarise(plan, stats, rows, runId, findings);
    } finally {
      findings.unpersist();
    }
  }

  /**
   * Per file: distinct rejected lines and refusals; per rule: rejects and warnings (counts only).
   */
  private static IngestResult summarise(
      InputPlan plan,
      List<FileStat> stats,
      Map<String, Long> rows,
      String runId,
      Dataset<Row> findings) {
    Dataset<Row> rejects = findings.filter(functions.not(col("is_warning")));
    // Per file, in one job: distinct rejected lines, and the reason of a file-level refusal.
    Map<Integer, Long> rejectedLines = new TreeMap<>();
    Map<Integer, String> refusals = new TreeMap<>();
    for (Row r :
        rejects
            .groupBy("file_order", "file_level")
            .agg(functions.countDistinct("source_line"), functions.min("reason"))
            .collectAsList()) {
      Object fileLevel = r.get(1);
      if (Boolean.TRUE.equals(fileLevel)) {
        refusals.put(r.getInt(0), r.getString(3));
      } else if (Boolean.FALSE.equals(fileLevel)) {
        rejectedLines.put(r.getInt(0), r.getLong(2));
      }
    }
    Map<String, Long> rejectsByRule = new TreeMap<>();
    Map<String, Long> warningsByRule = new TreeMap<>();
    for (Row r : findings.groupBy("is_warning", "rule_id").count().collectAsList()) {
      (r.getBoolean(0) ? warningsByRule : rejectsByRule).put(r.getString(1), r.getLong(2));
    }
    return IngestSummary.summarise(
        plan, stats, rejectedLines, refusals, rows, rejectsByRule, warningsByRule, runId);
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

  /**
   * The name of the findings of the assembly (rejects and warnings) in {@link #assembledTables}.
   */
  private static final String ASSEMBLY_FINDINGS = "assembly_findings";

  /**
   * The assembled records as the normalized tables and the assembly's findings, computed once and
   * cached as rows ({@link CachedTables}) for the counts and the writes that follow.
   */
  private static CachedTables assembledTables(
      SparkSession spark, Dataset<Row> parsed, ScaleRegistry registry) {
    return CachedTables.ofGroups(
        spark,
        bySubject(parsed),
        (MapGroupsFunction<String, Row, SubjectAssembly>)
            (key, rows) -> assembleSubject(key, rows, registry),
        new Table<SubjectAssembly, Assessment>(
            OutputLayout.ASSESSMENTS, ASSESSMENT, a -> a.assessments().iterator()),
        new Table<SubjectAssembly, Infusion>(
            OutputLayout.INFUSIONS, INFUSION, a -> a.infusions().iterator()),
        Table.one(OutputLayout.SUBJECTS, SUBJECT, SubjectAssembly::subject),
        new Table<SubjectAssembly, VitalSign>(
            OutputLayout.VITAL_SIGNS, VITAL_SIGN, a -> a.vitalSigns().iterator()),
        new Table<SubjectAssembly, AdverseEvent>(
            OutputLayout.ADVERSE_EVENTS, ADVERSE_EVENT, a -> a.adverseEvents().iterator()),
        new Table<SubjectAssembly, Medication>(
            OutputLayout.MEDICATIONS, MEDICATION, a -> a.medications().iterator()),
        new Table<SubjectAssembly, RejectRow>(
            ASSEMBLY_FINDINGS,
            REJECT_ROW,
            a ->
                Stream.concat(a.rejects().stream(), a.warnings().stream())
                    .map(RejectRow::of)
                    .iterator()));
  }

  /**
   * The rows of the observations of each subject, grouped by (study, subject): one group per
   * subject, as rows, whatever file or part they came from.
   */
  static KeyValueGroupedDataset<String, Row> bySubject(Dataset<Row> parsed) {
    return parsed
        .filter(col("kind").isin(ParsedRecord.SUBJECT_KINDS.toArray()))
        .groupByKey(
            (MapFunction<Row, String>)
                r ->
                    r.getString(r.fieldIndex("study_id"))
                        + '\u0000'
                        + r.getString(r.fieldIndex("subject_id")),
            Encoders.STRING());
  }

  private static SubjectAssembly assembleSubject(
      String key, Iterator<Row> rows, ScaleRegistry registry) {
    int sep = key.indexOf('\u0000');
    SubjectObservations subject =
        new SubjectObservations(key.substring(0, sep), key.substring(sep + 1));
    while (rows.hasNext()) {
      subject.add(PARSED.fromRow(rows.next()).record());
    }
    return subject.assembleWith(new SubjectAssembler(registry));
  }

  /**
   * Reads one file on an executor. Its output is buffered so that a reader failure on malformed
   * content refuses the file as a whole instead of keeping half of it.
   */
  static Iterator<ParsedRecord> readFile(
      SourceFile file, SerializableHadoopConf hadoop, ReadContext context) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    RecordSink sink = collecting(out);
    Path path = new Path(file.path());
    MessageDigest sha = sha256();
    long read;
    try (InputStream raw = path.getFileSystem(hadoop.get()).open(path);
        DigestInputStream in = new DigestInputStream(raw, sha)) {
      read = FileIngest.read(file, new CloseShield(in), context, sink);
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    out.add(
        ParsedRecord.of(
            new FileStat(
                file.order(), file.path(), read, HexFormat.of().formatHex(sha.digest()), 0)));
    return draining(out);
  }

  /**
   * Reads one part of a split file on an executor: the part's bytes, with the file's header record
   * for parts after the first. A reader failure gives only a {@link PartStat} saying so.
   */
  static Iterator<ParsedRecord> readPart(
      SourceFile file, FilePart part, SerializableHadoopConf hadoop, ReadContext context)
      throws IOException {
    Path path = new Path(file.path());
    FileSystem fs = path.getFileSystem(hadoop.get());
    byte[] header = null;
    if (!part.isFirst()) {
      header = new byte[Math.toIntExact(part.headerEnd())];
      try (FSDataInputStream in = fs.open(path)) {
        in.readFully(0, header);
      }
    }
    List<ParsedRecord> out = new ArrayList<>();
    long read;
    try (FSDataInputStream raw = fs.open(path)) {
      raw.seek(part.start());
      InputStream bounded = new RangeStream(raw, part.end() - part.start());
      read =
          FileIngest.read(file, new FilePartInput(bounded, part, header), context, collecting(out));
    } catch (FilePartInput.UnreadablePart e) {
      return List.of(ParsedRecord.of(new PartStat(file.order(), part.index(), 0, true))).iterator();
    }
    out.add(ParsedRecord.of(new PartStat(file.order(), part.index(), read, false)));
    return draining(out);
  }

  /**
   * The records of {@code out} in order, each released from the list as it is handed out: a task
   * buffers a file's (or part's) records, and the cache that consumes them holds them as rows, so
   * the objects must not stay alive beside the rows until the task ends.
   */
  static Iterator<ParsedRecord> draining(List<ParsedRecord> out) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < out.size();
      }

      @Override
      public ParsedRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ParsedRecord r = out.get(next);
        out.set(next++, null);
        return r;
      }
    };
  }

  private static RecordSink collecting(List<ParsedRecord> out) {
    return r -> out.add(ParsedRecord.of(r));
  }

  /** At most {@code remaining} bytes of a stream. */
  private static final class RangeStream extends FilterInputStream {
    private long remaining;

    RangeStream(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(Math.min(n, remaining));
      remaining -= k;
      return k;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /**
   * The run id: a hash of every input's checksum and of the effective configuration, so re-running
   * the same inputs gives the same id (and byte-identical tables).
   */
  public static String runId(
      List<FileStat> stats, Map<String, Object> effectiveConfig, ScaleRegistry registry) {
    MessageDigest sha = sha256();
    stats.stream()
        .sorted(java.util.Comparator.comparingInt(FileStat::fileOrder))
        .forEach(
            s ->
                sha.update(
                    (s.fileOrder() + "\t" + s.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
    sha.update(effectiveConfig.toString().getBytes(StandardCharsets.UTF_8));
    // A user's scale file may change while the configuration that names it does not.
    registry.sources().stream()
        .filter(src -> src.origin().equals(ScaleSource.SCALE_FILES))
        .forEach(
            src ->
                sha.update(
                    (src.scaleId() + "\t" + src.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
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
