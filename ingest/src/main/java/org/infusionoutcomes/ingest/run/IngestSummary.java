package org.infusionoutcomes.ingest.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * Turns the counts of an ingest into its result: per file read, accepted and rejected records and
 * the refusal; in total the reject share and the files refused or in no known format. One place for
 * both {@code run} and {@code validate}.
 */
public final class IngestSummary {
  private IngestSummary() {}

  /**
   * The result of an ingest.
   *
   * @param plan the discovered inputs
   * @param stats per file read: records read and checksum
   * @param rejectedLines distinct rejected lines per file order
   * @param refusals the refusal reason per file order of refused files
   * @param rows rows written per canonical table (empty when nothing was written)
   * @param rejectsByRule rejects per rule id
   * @param warningsByRule warnings per rule id
   * @param runId the run id
   */
  public static IngestResult summarise(
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
        reports.add(
            new IngestResult.FileReport(
                f.path(),
                f.relativePath(),
                f.bytes(),
                null,
                f.status(),
                f.format(),
                0,
                0,
                0,
                f.note()));
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
              f.path(),
              f.relativePath(),
              f.bytes(),
              s == null ? null : s.sha256(),
              refusal != null ? "refused" : InputFile.READ,
              f.format(),
              n,
              n - bad,
              bad,
              refusal));
    }
    return new IngestResult(
        runId, reports, rows, rejectsByRule, warningsByRule, read, rejected, refused, unknown);
  }
}
