package org.infusionoutcomes.jobs.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.run.IngestResult;
import org.infusionoutcomes.ingest.run.InputDiscovery;
import org.infusionoutcomes.ingest.run.InputPlan;
import org.infusionoutcomes.ingest.scale.ScaleSource;
import org.infusionoutcomes.ingest.spark.IngestJob;
import org.infusionoutcomes.ingest.spark.ParsedInputCache;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest for the CLI and records it in the manifest; decides the ingest part of the exit code.
 */
public final class IngestStage {
  private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

  private IngestStage() {}

  /** Discovers the inputs (driver side, no Spark job). */
  public static InputPlan discover(Configuration conf, RunSettings s) {
    Map<String, String> excluded = new LinkedHashMap<>();
    if (s.configFile() != null) {
      excluded.put(
          InputDiscovery.qualified(conf, s.configFile()).toString(), "the run configuration file");
    }
    // Scale definition files may sit in the input tree; they are definitions, not data.
    s.registry().sources().stream()
        .filter(src -> src.origin().equals(ScaleSource.SCALE_FILES))
        .forEach(
            src ->
                excluded.put(
                    InputDiscovery.qualified(conf, src.file()).toString(),
                    "a scale definition file (scale_files)"));
    InputPlan plan =
        InputDiscovery.discover(
            conf,
            s.inputs(),
            s.forcedFormat(),
            s.config().ingest().studyId(),
            excluded,
            s.registry());
    plan.found().stream()
        .filter(f -> !f.status().equals("read"))
        .forEach(
            f -> {
              if (f.status().equals("unknown")) {
                LOG.warn("{}: not read: {}", f.relativePath(), f.note());
              } else {
                LOG.info("{}: skipped: {}", f.relativePath(), f.note());
              }
            });
    return plan;
  }

  /** Runs ingest and records inputs, counts and outputs in the manifest. */
  public static IngestResult run(StageContext c, InputPlan plan) {
    return run(c, plan, null);
  }

  /**
   * Runs ingest, taking the parsed records of files seen before from {@code cache} (nightly), and
   * records it in the manifest.
   *
   * @param cache the cache of parsed inputs, or null to parse every file ({@code run})
   */
  public static IngestResult run(StageContext c, InputPlan plan, ParsedInputCache cache) {
    SparkSession spark = c.spark();
    RunSettings s = c.settings();
    RunManifest manifest = c.manifest();
    long t0 = System.nanoTime();
    IngestResult r =
        IngestJob.run(spark, plan, s.outputDir(), s.config().asMap(), s.registry(), cache);
    manifest.timing("ingest", (System.nanoTime() - t0) / 1e9);
    manifest.put("run_id", r.runId());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (IngestResult.FileReport f : r.files()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("relative_path", f.relativePath());
      m.put("bytes", f.bytes());
      m.put("sha256", f.sha256());
      m.put("status", f.status());
      m.put("format", f.format());
      m.put("records_read", f.recordsRead());
      m.put("records_accepted", f.recordsAccepted());
      m.put("records_rejected", f.recordsRejected());
      m.put("note", f.note());
      inputs.add(m);
      if ("refused".equals(f.status())) {
        LOG.warn("{}: refused: {}", f.relativePath(), f.note());
      }
    }
    manifest.put("inputs", inputs);
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("records_read", r.recordsRead());
    totals.put("records_accepted", r.recordsRead() - r.recordsRejected());
    totals.put("records_rejected", r.recordsRejected());
    totals.put("reject_share", r.rejectShare());
    totals.put("reject_threshold", s.config().ingest().rejectThreshold());
    totals.put("files_refused", r.filesRefused());
    totals.put("files_unknown", r.filesUnknown());
    manifest.put("totals", totals);
    manifest.put("rejects_by_rule", r.rejectsByRule());
    manifest.put("warnings_by_rule", r.warningsByRule());
    r.tableRows()
        .forEach(
            (table, rows) ->
                manifest.output(OutputLayout.relativeNormalized(table), Map.of("rows", rows)));
    LOG.info(
        "ingest: {} record(s) read, {} rejected ({}%), {} assessment(s), {} infusion(s), {} subject(s)",
        r.recordsRead(),
        r.recordsRejected(),
        String.format("%.2f", 100 * r.rejectShare()),
        r.tableRows().get(OutputLayout.ASSESSMENTS),
        r.tableRows().get(OutputLayout.INFUSIONS),
        r.tableRows().get(OutputLayout.SUBJECTS));
    return r;
  }

  /** Exit code 3 when the run rejected too much, refused a file, or found an unknown file. */
  public static int exitCode(IngestResult r, double rejectThreshold) {
    boolean tooMany = r.rejectShare() > rejectThreshold;
    if (tooMany) {
      LOG.warn(
          "rejected {}% of records, above reject_threshold {}%: exit code 3",
          String.format("%.2f", 100 * r.rejectShare()),
          String.format("%.2f", 100 * rejectThreshold));
    }
    if (r.filesRefused() > 0 || r.filesUnknown() > 0) {
      LOG.warn(
          "{} file(s) refused and {} in no known format: exit code 3",
          r.filesRefused(),
          r.filesUnknown());
    }
    return r.finishedWithProblems(rejectThreshold)
        ? ExitCodes.REJECTS_ABOVE_THRESHOLD
        : ExitCodes.OK;
  }
}
