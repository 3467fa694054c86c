package org.infusionoutcomes.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.analysis.report.DefinitionsText;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.spark.AnalysisJob;
import org.infusionoutcomes.analysis.spark.QualityChecks;
import org.infusionoutcomes.analysis.spark.ReportFiles;
import org.infusionoutcomes.ingest.config.OutcomesConfig;
import org.infusionoutcomes.ingest.spark.IngestJob;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.manifest.RunManifest;
import org.infusionoutcomes.transform.spark.DeriveJob;

/**
 * Runs the analyse stage for the CLI: the report tables, {@code summary.json} and {@code
 * quality.json} under {@code <out>/reports/}.
 */
public final class AnalyzeStage {
  private AnalyzeStage() {}

  public static ReportData run(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      RunManifest manifest) {
    return run(spark, hadoop, outputDir, config, manifest, outputDir, null);
  }

  /**
   * Runs the analysis into {@code outputDir}, comparing its quality report with the one in {@code
   * previousDir} (where the previous complete run lives: the output directory a run replaces, or
   * the snapshot a nightly run follows).
   *
   * @param previousDir the previous run's output directory, or null when there is none
   * @param recordChanges further counts for "changes since last run" (nightly: subjects,
   *     assessments and infusions new / changed / removed), or null
   */
  public static ReportData run(
      SparkSession spark,
      Configuration hadoop,
      String outputDir,
      OutcomesConfig config,
      RunManifest manifest,
      String previousDir,
      Map<String, Long> recordChanges) {
    long t0 = System.nanoTime();
    AnalysisJob.AnalysisTables t = AnalysisJob.run(spark, outputDir, config);
    QualityChecks.IngestTotals totals = totals(manifest);
    QualityReport previous =
        previousDir == null ? null : ReportFiles.readQualityIfPresent(hadoop, previousDir);
    QualityReport quality = QualityChecks.run(spark, outputDir, config, totals, previous);
    if (recordChanges != null) {
      Map<String, Long> merged = new java.util.LinkedHashMap<>(recordChanges);
      if (quality.changesSinceLastRun() != null) {
        merged.putAll(quality.changesSinceLastRun());
      }
      quality =
          new QualityReport(
              quality.rejectsByRule(), quality.warningsByRule(), quality.checks(), merged);
    }
    List<String> studies =
        spark
            .read()
            .parquet(DeriveJob.normalizedPath(outputDir, IngestJob.SUBJECTS))
            .select(col("study_id"))
            .distinct()
            .collectAsList()
            .stream()
            .map((Row r) -> r.getString(0))
            .sorted(ReportOrder.STUDY)
            .toList();
    RunInfo run =
        new RunInfo(
            String.valueOf(manifest.get("run_id")),
            BuildInfo.version(),
            BuildInfo.gitCommit(),
            totals.filesRead(),
            totals.recordsRead(),
            totals.recordsRejected(),
            String.join(", ", studies),
            config.asMap());
    ReportData data =
        new ReportData(
            run,
            DefinitionsText.of(config, scalesShown(t)),
            config.landmarkDays(),
            t.responseRemission(),
            t.durabilitySummary(),
            t.durabilityKm(),
            t.timeToResponseSummary(),
            t.timeToResponseKm(),
            t.logRank(),
            t.trajectory(),
            quality);
    Map<String, Long> rows = ReportFiles.write(hadoop, outputDir, data);
    manifest.timing("analyze", (System.nanoTime() - t0) / 1e9);
    rows.forEach((file, n) -> manifest.output("reports/" + file, Map.of("rows", n)));
    manifest.output("reports/" + ReportFiles.SUMMARY, Map.of());
    manifest.output("reports/" + ReportFiles.QUALITY, Map.of());
    return data;
  }

  /** The scales that appear in any report table. */
  private static java.util.Set<String> scalesShown(AnalysisJob.AnalysisTables t) {
    java.util.Set<String> scales = new java.util.TreeSet<>();
    t.responseRemission().forEach(r -> scales.add(r.scale()));
    t.timeToResponseSummary().forEach(r -> scales.add(r.scale()));
    t.durabilitySummary().forEach(r -> scales.add(r.scale()));
    t.trajectory().forEach(r -> scales.add(r.scale()));
    return scales;
  }

  /** The ingest totals recorded in the manifest by the ingest stage. */
  @SuppressWarnings("unchecked")
  static QualityChecks.IngestTotals totals(RunManifest manifest) {
    Map<String, Object> t = (Map<String, Object>) manifest.get("totals");
    List<Map<String, Object>> inputs = (List<Map<String, Object>>) manifest.get("inputs");
    if (t == null || inputs == null) {
      throw new IllegalStateException(
          "the run manifest has no ingest totals: run 'ingest' (or 'run') on this output first");
    }
    long read =
        inputs.stream()
            .filter(i -> "read".equals(i.get("status")) || "refused".equals(i.get("status")))
            .count();
    return new QualityChecks.IngestTotals(
        ((Number) t.get("records_read")).longValue(),
        ((Number) t.get("records_rejected")).longValue(),
        read,
        ((Number) t.get("files_refused")).longValue(),
        ((Number) t.get("files_unknown")).longValue());
  }
}
