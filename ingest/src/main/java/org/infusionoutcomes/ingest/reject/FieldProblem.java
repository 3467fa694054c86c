package org.infusionoutcomes.ingest.reject;

import org.infusionoutcomes.ingest.source.Origin;

/**
 * A bad value found while reading one field. Readers throw it from parsing helpers and turn it into
 * a {@link Reject} of the whole record; it carries no stack trace because it is data, not a program
 * fault.
 */
public final class FieldProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RejectRule rule;
  private final String column;
  private final boolean withholdRecord;

  public FieldProblem(RejectRule rule, String column, String reason) {
    this(rule, column, reason, false);
  }

  private FieldProblem(RejectRule rule, String column, String reason, boolean withholdRecord) {
    super(reason, null, false, false);
    this.rule = rule;
    this.column = column;
    this.withholdRecord = withholdRecord;
  }

  /**
   * A direct identifier in a value: the reject must not copy the record's text into the outputs.
   */
  public static FieldProblem directIdentifier(String column, String reason) {
    return new FieldProblem(RejectRule.DIRECT_IDENTIFIER_VALUE, column, reason, true);
  }

  public RejectRule rule() {
    return rule;
  }

  public String column() {
    return column;
  }

  /** The reject of the record at {@code origin}. */
  public Reject toReject(Origin origin, String studyId, String subjectId) {
    return new Reject(
        withholdRecord ? origin.withoutRawRecord() : origin,
        column,
        rule,
        getMessage(),
        studyId,
        subjectId);
  }
}
