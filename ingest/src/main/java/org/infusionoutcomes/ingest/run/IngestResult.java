package org.infusionoutcomes.ingest.run;

import java.util.List;
import java.util.Map;

/**
 * What the ingest stage did.
 *
 * @param runId deterministic id of the run (hash of the inputs' checksums and the configuration)
 * @param files every file found, with per-file counts for those read
 * @param tableRows rows written per canonical table
 * @param rejectsByRule rejected records (lines) per rule id
 * @param warningsByRule warnings per rule id
 * @param recordsRead records read over all files
 * @param recordsRejected records rejected over all files
 * @param filesRefused files read but refused as a whole (missing columns, identifiers, empty ...)
 * @param filesUnknown files in no known format
 */
public record IngestResult(
    String runId,
    List<FileReport> files,
    Map<String, Long> tableRows,
    Map<String, Long> rejectsByRule,
    Map<String, Long> warningsByRule,
    long recordsRead,
    long recordsRejected,
    long filesRefused,
    long filesUnknown) {

  /**
   * One input file in the run manifest.
   *
   * @param path the file
   * @param relativePath path relative to its input root
   * @param bytes size
   * @param sha256 checksum (null for files not read)
   * @param status read / skipped / unknown / refused
   * @param format detected format, or null
   * @param recordsRead records read
   * @param recordsAccepted records accepted (read minus rejected)
   * @param recordsRejected records named by at least one reject
   * @param note why a file was skipped, unknown or refused
   */
  public record FileReport(
      String path,
      String relativePath,
      long bytes,
      String sha256,
      String status,
      String format,
      long recordsRead,
      long recordsAccepted,
      long recordsRejected,
      String note) {}

  /** Share of rejected records among records read (0 when nothing was read). */
  public double rejectShare() {
    return recordsRead == 0 ? 0 : (double) recordsRejected / recordsRead;
  }

  /**
   * Whether the ingest finished with problems that make the run exit with code 3: more than {@code
   * rejectThreshold} of the records rejected, a file refused as a whole, or a file in no known
   * format.
   */
  public boolean finishedWithProblems(double rejectThreshold) {
    return rejectShare() > rejectThreshold || filesRefused > 0 || filesUnknown > 0;
  }
}
