package org.infusionoutcomes.ingest.reject;

import java.io.Serializable;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceRecord;

/**
 * A rejected input record (or, for {@linkplain RejectRule#isWarning() warning rules}, a record kept
 * with a data-quality finding). The message names file, line, column and rule.
 *
 * @param origin the record; its raw text is kept
 * @param column the offending column or field, or null when the whole record is at fault
 * @param rule the rule that was broken
 * @param reason a sentence naming the offending value and what the rule expects
 * @param studyId study, when known
 * @param subjectId subject, when known
 */
public record Reject(
    Origin origin, String column, RejectRule rule, String reason, String studyId, String subjectId)
    implements SourceRecord, Serializable {

  /** {@code file:line: column 'x': rule_id: reason} - the form used in logs and messages. */
  public String message() {
    StringBuilder sb = new StringBuilder(origin.file());
    if (origin.line() > 0) {
      sb.append(':').append(origin.line());
    }
    sb.append(": ");
    if (column != null) {
      sb.append("column '").append(column).append("': ");
    }
    return sb.append(rule.id()).append(": ").append(reason).toString();
  }
}
