package org.infusionoutcomes.ingest.value;

import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;

/** A subject's age as exports write it. */
public final class Ages {
  private Ages() {}

  /**
   * Age in whole years (a fractional age is truncated), or null for an empty cell.
   *
   * @throws FieldProblem {@link RejectRule#INVALID_NUMBER} for anything but 0..130
   */
  public static Integer parse(String text, String column) {
    if (text == null) {
      return null;
    }
    Double d = Numbers.parseNumber(text);
    if (d == null || d < 0 || d > 130) {
      throw IngestErrors.invalidNumber(column, "age", text, "a number of years between 0 and 130");
    }
    return (int) Math.floor(d);
  }
}
