package org.infusionoutcomes.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.infusionoutcomes.analysis.report.DefinitionsText;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.report.ScaleDefinitionRow;
import org.infusionoutcomes.analysis.report.disclosure.SmallCellSuppression;
import org.infusionoutcomes.analysis.spark.AnalysisJob;
import org.infusionoutcomes.analysis.spark.QualityChecks;
import org.infusionoutcomes.analysis.spark.ReportFiles;
import org.infusionoutcomes.analysis.spark.SafetyAnalysisJob;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.jobs.BuildInfo;
import org.infusionoutcomes.jobs.config.JobErrors;
import org.infusionoutcomes.jobs.manifest.RunManifest;

/**
 * Runs the analyse stage for the CLI: the report tables, {@code summary.json} and {@code
 * quality.json} under {@code <out>/reports/}.
 */
public final class AnalyzeStage {
  private AnalyzeStage() {}

  /**
   * Runs the analysis into the context's output directory, comparing its quality report with the
   * one in {@code c.previousDir()} (the output directory a run replaces, or the snapshot a nightly
   * run follows).
   *
   * @param recordChanges further counts for "changes since last run" (nightly: subjects,
   *     assessments and infusions new / changed / removed), or null
   */
  public static ReportData run(StageContext c, Map<String, Long> recordChanges) {
    long t0 = System.nanoTime();
    StoredScales.requireKnown(c.spark(), c.outputDir(), c.registry());
    ReportData t = AnalysisJob.run(c.spark(), c.outputDir(), c.config().analysis());
    org.infusionoutcomes.analysis.report.SafetyTables safety =
        SafetyAnalysisJob.run(c.spark(), c.outputDir());
    QualityChecks.IngestTotals totals = totals(c.manifest());
    QualityReport previous =
        c.previousDir() == null
            ? null
            : ReportFiles.readQualityIfPresent(c.hadoop(), c.previousDir());
    QualityReport quality =
        QualityChecks.run(
            c.spark(), c.outputDir(), c.config().ingest(), c.config().derive(), totals, previous);
    if (recordChanges != null) {
      Map<String, Long> merged = new java.util.LinkedHashMap<>(recordChanges);
      if (quality.changesSinceLastRun() != null) {
        merged.putAll(quality.changesSinceLastRun());
      }
      quality =
          new QualityReport(
              quality.rejectsByRule(), quality.warningsByRule(), quality.checks(), merged);
    }
    List<String> studies = studies(c);
    RunInfo run =
        new RunInfo(
            String.valueOf(c.manifest().get("run_id")),
            BuildInfo.version(),
            BuildInfo.gitCommit(),
            totals.filesRead(),
            totals.recordsRead(),
            totals.recordsRejected(),
            String.join(", ", studies),
            c.config().asMap(),
            ScaleDefinitionRow.of(c.registry()));
    ReportData data =
        t.withRun(
            run,
            DefinitionsText.of(
                c.config().derive(), c.config().analysis().kmConfType(), scalesShown(t)),
            quality,
            safety);
    if (c.config().analysis().minCellSize() != null) {
      data = SmallCellSuppression.apply(data, c.config().analysis().minCellSize());
    }
    Map<String, Long> rows = ReportFiles.write(c.hadoop(), c.outputDir(), data);
    c.manifest().timing("analyze", (System.nanoTime() - t0) / 1e9);
    rows.forEach(
        (file, n) -> c.manifest().output(OutputLayout.relativeReport(file), Map.of("rows", n)));
    c.manifest().output(OutputLayout.relativeReport(ReportFiles.SUMMARY), Map.of());
    c.manifest().output(OutputLayout.relativeReport(ReportFiles.QUALITY), Map.of());
    return data;
  }

  /** The studies with a subject in the run's output, in report order. */
  private static List<String> studies(StageContext c) {
    return ParquetTables.read(
            c.spark(), OutputLayout.of(c.outputDir()).normalized(OutputLayout.SUBJECTS))
        .select(col("study_id"))
        .distinct()
        .collectAsList()
        .stream()
        .map((Row r) -> r.getString(0))
        .sorted(ReportOrder.STUDY)
        .toList();
  }

  /** The scales that appear in any report table. */
  private static java.util.Set<String> scalesShown(ReportData t) {
    java.util.Set<String> scales = new java.util.TreeSet<>();
    t.responseRemission().forEach(r -> scales.add(r.scale()));
    t.timeToResponseSummary().forEach(r -> scales.add(r.scale()));
    t.timeToRemissionSummary().forEach(r -> scales.add(r.scale()));
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
      throw JobErrors.noIngestTotals();
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
