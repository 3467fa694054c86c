package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.reject.Reject;

/**
 * A row of the {@code rejects} table (docs/decisions.md, "Records, accepted and rejected") or of
 * the {@code warnings} table (records kept with a data-quality finding).
 *
 * @param sourceFile the file
 * @param sourceLine the line (0 for a file as a whole)
 * @param sourceColumn the offending column or field, or null
 * @param rawRecord the record's text as read (null when withheld, e.g. direct identifiers)
 * @param ruleId the rule id
 * @param reason what is wrong, naming the offending value
 * @param studyId study, when known
 * @param subjectId subject, when known
 * @param sourceFormat the file's format
 * @param fileLevel true when the whole file was refused
 * @param fileOrder the file's position in the input order
 */
public record RejectRow(
    String sourceFile,
    long sourceLine,
    String sourceColumn,
    String rawRecord,
    String ruleId,
    String reason,
    String studyId,
    String subjectId,
    String sourceFormat,
    boolean fileLevel,
    int fileOrder)
    implements java.io.Serializable {

  public static RejectRow of(Reject r) {
    return new RejectRow(
        r.origin().file(),
        r.origin().line(),
        r.column(),
        r.origin().rawRecord(),
        r.rule().id(),
        r.reason(),
        r.studyId(),
        r.subjectId(),
        r.origin().format() == null ? null : r.origin().format().id(),
        r.rule().isFileLevel(),
        r.origin().fileOrder());
  }
}
