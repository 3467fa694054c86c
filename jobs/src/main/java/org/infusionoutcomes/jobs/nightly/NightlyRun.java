package org.infusionoutcomes.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.analysis.spark.ReportFiles;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.spark.IngestJob;
import org.infusionoutcomes.ingest.spark.ParsedInputCache;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.jobs.pipeline.AnalyzeStage;
import org.infusionoutcomes.jobs.pipeline.DeriveStage;
import org.infusionoutcomes.jobs.pipeline.ExitCodes;
import org.infusionoutcomes.jobs.pipeline.IngestStage;
import org.infusionoutcomes.jobs.pipeline.ReportStage;
import org.infusionoutcomes.jobs.pipeline.RunSettings;
import org.infusionoutcomes.jobs.pipeline.StageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One nightly run over a landing zone into a warehouse (docs/operations.md, "What a night does"):
 * take the lock, clean up what a dead run left, checksum the inputs, stop early when nothing
 * changed, else build a complete snapshot in {@code staging/}, move it to {@code snapshots/},
 * switch {@code current} to it in one rename, append the history line and apply retention. Whatever
 * happens, {@code current} shows either the previous snapshot or the new complete one.
 */
public final class NightlyRun {
  private static final Logger LOG = LoggerFactory.getLogger(NightlyRun.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter SNAPSHOT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * What the command line provides.
   *
   * @param settings the inputs (the landing zone), the warehouse as output, the configuration
   * @param conf Hadoop configuration for the driver-side work (before Spark starts)
   * @param spark starts (or returns) the Spark session; only called when there is work
   * @param describe writes tool, versions and configuration into a manifest
   */
  public record Context(
      RunSettings settings,
      Configuration conf,
      Supplier<SparkSession> spark,
      BiConsumer<RunManifest, SparkSession> describe) {}

  private final Context ctx;
  private final Warehouse warehouse;
  private final RunHistory history;
  private final Instant started;

  private NightlyRun(Context ctx, Instant started) {
    this.ctx = ctx;
    this.warehouse = Warehouse.open(ctx.conf(), ctx.settings().outputDir());
    this.history = new RunHistory(warehouse);
    this.started = started;
  }

  /**
   * Runs one night; returns the exit code (docs/operations.md, "Exit codes and what to do": 0, 1, 3
   * or 4).
   */
  public static int run(Context ctx) {
    return new NightlyRun(ctx, Instant.now().truncatedTo(ChronoUnit.SECONDS)).run();
  }

  private int run() {
    WarehouseLock.Attempt attempt;
    try {
      warehouse.ensureLayout();
      attempt =
          WarehouseLock.acquire(
              warehouse,
              warehouse.lockFile(),
              Duration.ofHours(ctx.settings().config().nightly().lockStaleHours()),
              started);
    } catch (IOException | FSError e) {
      LOG.error(
          "cannot take the lock of the warehouse {}: {}. Nothing was changed; check that the"
              + " warehouse is writable and has free space (docs/operations.md).",
          warehouse.root(),
          describe(e));
      appendQuietly(nothingRead(RunHistory.FAILED, ExitCodes.FAILURE, describe(e)));
      return ExitCodes.FAILURE;
    }
    if (!attempt.acquired()) {
      WarehouseLock.Holder h = attempt.holder().orElseThrow();
      String message =
          "another nightly run holds the warehouse lock "
              + warehouse.lockFile()
              + " ("
              + h.describe()
              + "); nothing was done";
      LOG.error("{}: exit code 4 (docs/operations.md)", message);
      appendQuietly(nothingRead(RunHistory.LOCKED, ExitCodes.LOCKED, message));
      return ExitCodes.LOCKED;
    }
    WarehouseLock lock = attempt.lock().orElseThrow();
    Thread releaseOnSignal =
        new Thread(
            () -> {
              try {
                lock.close();
              } catch (IOException e) {
                // the lock stays; the next run takes it over as stale
              }
            });
    Runtime.getRuntime().addShutdownHook(releaseOnSignal);
    try {
      attempt
          .takenOver()
          .ifPresent(
              h ->
                  LOG.warn(
                      "took over a stale warehouse lock ({}); recorded in history", h.describe()));
      return locked(attempt.takenOver().orElse(null));
    } finally {
      try {
        lock.close();
      } catch (IOException e) {
        LOG.warn("cannot remove the warehouse lock {}: {}", warehouse.lockFile(), describe(e));
      }
      try {
        Runtime.getRuntime().removeShutdownHook(releaseOnSignal);
      } catch (IllegalStateException e) {
        // shutting down already
      }
    }
  }

  /** The run, holding the lock. */
  private int locked(WarehouseLock.Holder takenOver) {
    String runId = null;
    RunHistory.InputCounts inputs = null;
    String stagingName = null;
    Optional<String> current = Optional.empty();
    try {
      current = warehouse.currentSnapshot();
      if (current.isPresent() && !warehouse.exists(warehouse.snapshot(current.get()))) {
        LOG.warn(
            "nightly: current names {}, which no longer exists; publishing as on a first night",
            current.get());
        current = Optional.empty();
      }
      cleanUp(current);
      RunSettings s = ctx.settings();
      InputPlan plan = IngestStage.discover(ctx.conf(), s);
      InputInventory inventory = InputInventory.of(ctx.conf(), plan, settingsText());
      runId = runId(plan, inventory, s);
      JsonNode previous = current.isPresent() ? manifestOf(current.get()) : null;
      inputs = inventory.compareWith(previousFiles(previous));
      if (previous != null
          && inventory
              .fingerprint()
              .equals(previous.path("nightly").path("fingerprint").asText())) {
        String message =
            "no new, changed or removed input file and the same configuration: nothing to do;"
                + " current still shows "
                + current.get();
        LOG.info("nightly: {}", message);
        history.append(
            entry(
                runId,
                RunHistory.UNCHANGED,
                ExitCodes.OK,
                current.get(),
                inputs,
                null,
                message,
                takenOver,
                null));
        return ExitCodes.OK;
      }
      LOG.info(
          "nightly: inputs {} new, {} changed, {} unchanged, {} removed; building run {}",
          inputs.added(),
          inputs.changed(),
          inputs.unchanged(),
          inputs.removed(),
          runId);

      stagingName = SNAPSHOT_TIME.format(started) + "-" + runId;
      Built built = build(stagingName, plan, inventory, current, takenOver);
      warehouse.moveToSnapshots(stagingName);
      FaultPoints.reached(FaultPoints.BEFORE_SWITCH);
      warehouse.switchCurrent(stagingName);
      FaultPoints.reached(FaultPoints.AFTER_SWITCH);
      String message =
          "published "
              + stagingName
              + (built.exit() == ExitCodes.REJECTS_ABOVE_THRESHOLD
                  ? "; rejects above reject_threshold, a refused file or a file in no known format:"
                      + " exit code 3 (see reports/quality.json)"
                  : "");
      LOG.info("nightly: {}; current -> snapshots/{}", message, stagingName);
      history.append(
          entry(
              runId,
              RunHistory.PUBLISHED,
              built.exit(),
              stagingName,
              inputs,
              built.records(),
              message,
              takenOver,
              built.parsing()));
      applyRetention(Optional.of(stagingName));
      deleteUnusedCacheEntries(built.cache());
      return built.exit();
    } catch (InputDiscovery.InputNotFoundException e) {
      String message = describe(e) + "; nothing was done";
      LOG.error("nightly: {}", e.getMessage());
      appendQuietly(
          entry(
              runId,
              RunHistory.FAILED,
              ExitCodes.USAGE,
              null,
              null,
              null,
              message,
              takenOver,
              null));
      return ExitCodes.USAGE;
    } catch (IOException | RuntimeException | FSError e) {
      // FSError: Hadoop's local filesystem reports a failed write (disk full) as an Error.
      String where = stagingName == null ? "before building" : "while building " + stagingName;
      String message =
          "the run failed "
              + where
              + ": "
              + describe(e)
              + "; nothing was published, current still shows "
              + current.orElse("no snapshot");
      LOG.error("nightly: {} (docs/operations.md)", message);
      LOG.debug("nightly failure", e);
      if (stagingName != null) {
        deleteQuietly(warehouse.staging(stagingName));
      }
      appendQuietly(
          entry(
              runId,
              RunHistory.FAILED,
              ExitCodes.FAILURE,
              null,
              inputs,
              null,
              message,
              takenOver,
              null));
      return ExitCodes.FAILURE;
    }
  }

  private record Built(
      int exit,
      RunHistory.RecordCounts records,
      RunHistory.ParseCounts parsing,
      ParsedInputCache cache) {}

  /** Builds a complete output layout in {@code staging/<name>/}. */
  private Built build(
      String name,
      InputPlan plan,
      InputInventory inventory,
      Optional<String> current,
      WarehouseLock.Holder takenOver)
      throws IOException {
    String dir = warehouse.staging(name).toString();
    SparkSession spark = ctx.spark().get();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    RunSettings base = ctx.settings();
    RunSettings s =
        new RunSettings(
            base.inputs(),
            dir,
            base.configFile(),
            base.config(),
            base.registry(),
            base.forcedFormat());
    RunManifest manifest = RunManifest.start("nightly");
    ctx.describe().accept(manifest, spark);
    Map<String, Object> nightly = new LinkedHashMap<>();
    nightly.put("warehouse", warehouse.root().toString());
    nightly.put("snapshot", name);
    nightly.put("compared_with", current.orElse(null));
    nightly.put("fingerprint", inventory.fingerprint());
    nightly.put("keep_snapshots", base.config().nightly().keepSnapshots());
    nightly.put("lock_stale_hours", base.config().nightly().lockStaleHours());
    nightly.put("lock_takeover", takenOver == null ? null : takenOver.describe());
    nightly.put("files", inventory.asList());
    manifest.put("nightly", nightly);

    FaultPoints.reached(FaultPoints.INGEST);
    StageContext stages =
        new StageContext(
            spark,
            hadoop,
            s,
            current.map(c -> warehouse.snapshot(c).toString()).orElse(null),
            manifest);
    ParsedInputCache cache =
        ParsedInputCache.at(
            warehouse.state().toString(), parseSettingsText(), inventory.sha256ByPath());
    IngestResult r = IngestStage.run(stages, plan, cache);
    ParsedInputCache.Usage usage = cache.usage();
    LOG.info(
        "nightly: {} file(s) parsed, {} taken from the cache of parsed inputs ({} unreadable"
            + " entr(y/ies) ignored, {} new entr(y/ies) stored)",
        usage.parsed(),
        usage.fromCache(),
        usage.unreadableEntries(),
        usage.stored());
    Map<String, Object> parsing = new LinkedHashMap<>();
    parsing.put("parsed", usage.parsed());
    parsing.put("from_cache", usage.fromCache());
    parsing.put("unreadable_entries", usage.unreadableEntries());
    parsing.put("stored", usage.stored());
    nightly.put("parsing", parsing);
    int exit = IngestStage.exitCode(r, s.config().ingest().rejectThreshold());
    FaultPoints.reached(FaultPoints.DERIVE);
    DeriveStage.run(stages);
    ChangesSinceLastRun changes =
        current
            .map(c -> ChangesSinceLastRun.compute(spark, dir, warehouse.snapshot(c).toString(), c))
            .orElse(null);
    FaultPoints.reached(FaultPoints.ANALYZE);
    AnalyzeStage.run(stages, changes == null ? null : changes.counts());
    addChangesToQuality(hadoop, dir, changes);
    FaultPoints.reached(FaultPoints.REPORT);
    ReportStage.run(stages);
    manifest.finishAndWrite(
        hadoop, dir, exit, exit == ExitCodes.OK ? "success" : "finished_with_rejects");
    return new Built(
        exit,
        new RunHistory.RecordCounts(
            r.recordsRead(), r.recordsRead() - r.recordsRejected(), r.recordsRejected()),
        new RunHistory.ParseCounts(usage.parsed(), usage.fromCache()),
        cache);
  }

  /** quality.json gets the keys of what changed, under {@code changes} (null on a first run). */
  private static void addChangesToQuality(
      Configuration hadoop, String dir, ChangesSinceLastRun changes) throws IOException {
    Path p = new Path(ReportFiles.dir(dir), ReportFiles.QUALITY);
    org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(hadoop);
    ObjectNode quality;
    try (java.io.InputStream in = fs.open(p)) {
      quality = (ObjectNode) JSON.readTree(in);
    }
    quality.set("changes", changes == null ? null : JSON.valueToTree(changes.asMap()));
    try (OutputStream out = fs.create(p, true)) {
      JSON.writeValue(out, quality);
    }
  }

  /**
   * Removes what runs that died left: unfinished builds in {@code staging/}, snapshots that were
   * never switched to; records a snapshot that became current without its history line.
   */
  private void cleanUp(Optional<String> current) throws IOException {
    for (Path p : warehouse.stagingEntries()) {
      LOG.info("nightly: removing {} (left by a run that did not finish)", p);
      warehouse.delete(p);
    }
    ParsedInputCache.at(warehouse.state().toString(), "", Map.of()).deleteTemporary(ctx.conf());
    List<String> published = history.publishedSnapshots();
    if (current.isPresent() && !published.contains(current.get())) {
      JsonNode m = manifestOf(current.get());
      history.append(
          entry(
              m == null ? null : m.path("run_id").asText(null),
              RunHistory.PUBLISHED,
              m == null ? ExitCodes.OK : m.path("exit_code").asInt(ExitCodes.OK),
              current.get(),
              null,
              null,
              "recorded late: the run that published this snapshot stopped after switching"
                  + " current, before writing its history line",
              null,
              null));
    }
    applyRetention(current);
  }

  private void applyRetention(Optional<String> current) throws IOException {
    List<String> delete =
        Retention.toDelete(
            warehouse.snapshots(),
            history.publishedSnapshots(),
            current,
            ctx.settings().config().nightly().keepSnapshots());
    for (String s : delete) {
      LOG.info("nightly: removing snapshot {} (retention or never published)", s);
      warehouse.delete(warehouse.snapshot(s));
    }
  }

  /** The run id of {@code run} over the same inputs and configuration (the ingest stage's id). */
  private static String runId(InputPlan plan, InputInventory inventory, RunSettings s) {
    List<FileStat> stats = new ArrayList<>();
    for (SourceFile f : plan.toRead()) {
      stats.add(new FileStat(f.order(), f.path(), 0, inventory.files().get(f.path()).sha256(), 0));
    }
    return IngestJob.runId(stats, s.config().asMap(), s.registry());
  }

  /**
   * After a publish: deletes the cache entries the run did not use (removed or changed files,
   * changed settings). A failure only leaves entries behind; the next publish tries again.
   */
  private void deleteUnusedCacheEntries(ParsedInputCache cache) {
    try {
      int n = cache.deleteUnused(ctx.conf());
      if (n > 0) {
        LOG.info("nightly: removed {} unused entr(y/ies) of the cache of parsed inputs", n);
      }
    } catch (IOException | RuntimeException | FSError e) {
      LOG.warn(
          "nightly: cannot remove unused entries of the cache of parsed inputs in {}: {}",
          warehouse.state(),
          describe(e));
    }
  }

  /**
   * What a file's parse depends on besides the file, its mapping and the scales (which the cache
   * adds itself): the tool's version and commit, the ingest settings and a forced format.
   */
  private String parseSettingsText() {
    RunSettings s = ctx.settings();
    return "tool "
        + BuildInfo.version()
        + " "
        + BuildInfo.gitCommit()
        + "\nstudy_id "
        + s.config().ingest().studyId()
        + "\nscale_files "
        + s.config().ingest().scaleFiles()
        + "\nforced_format "
        + s.forcedFormat();
  }

  private String settingsText() {
    return ctx.settings().config().asMap()
        + "\n"
        + ctx.settings().forcedFormat()
        + "\n"
        + BuildInfo.version()
        + " "
        + BuildInfo.gitCommit();
  }

  private JsonNode manifestOf(String snapshot) throws IOException {
    byte[] bytes = warehouse.readIfExists(new Path(warehouse.snapshot(snapshot), RunManifest.FILE));
    return bytes == null ? null : JSON.readTree(bytes);
  }

  private static Map<String, String> previousFiles(JsonNode manifest) {
    Map<String, String> out = new LinkedHashMap<>();
    if (manifest != null) {
      for (JsonNode f : manifest.path("nightly").path("files")) {
        out.put(f.path("path").asText(), f.path("sha256").asText());
      }
    }
    return out;
  }

  /** The history line of a run that read nothing (it failed or was refused before reading). */
  private RunHistory.Entry nothingRead(String status, int exit, String message) {
    return entry(null, status, exit, null, null, null, message, null, null);
  }

  /** A history line of this run, finished now. */
  private RunHistory.Entry entry(
      String runId,
      String status,
      int exit,
      String snapshot,
      RunHistory.InputCounts inputs,
      RunHistory.RecordCounts records,
      String message,
      WarehouseLock.Holder takenOver,
      RunHistory.ParseCounts parsing) {
    return new RunHistory.Entry(
        runId,
        started,
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        status,
        exit,
        snapshot,
        inputs,
        records,
        message,
        takenOver,
        parsing);
  }

  private void appendQuietly(RunHistory.Entry e) {
    try {
      history.append(e);
    } catch (IOException | RuntimeException | FSError ex) {
      LOG.error(
          "cannot append to {}: {}; the history line was: {}",
          warehouse.historyFile(),
          describe(ex),
          e.status() + " " + e.message());
    }
  }

  private void deleteQuietly(Path p) {
    try {
      warehouse.delete(p);
    } catch (IOException | RuntimeException | FSError e) {
      LOG.warn("cannot remove {}: {}", p, describe(e));
    }
  }

  /** An exception as a short sentence: its message, or its type when it has none. */
  static String describe(Throwable e) {
    Throwable t = e;
    while ((t instanceof UncheckedIOException || t instanceof FSError) && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String type = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? type : type + ": " + m;
  }
}
