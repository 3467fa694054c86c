package org.infusionoutcomes.ingest.value;

import java.time.LocalDate;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SubjectObservation;

/** A subject's age as exports write it. */
public final class Ages {
  private Ages() {}

  /**
   * The observation of a subject's demographics, its age read by {@link #parse}: every reader of
   * ages builds its subject observations here.
   *
   * @param study study
   * @param subject subject
   * @param site site, or null
   * @param sex sex as written, or null
   * @param ageText age as written, or null
   * @param ageColumn its column (for messages)
   * @param arm arm, or null
   * @param referenceDate study day 1, or null
   * @param origin where the record came from
   * @throws FieldProblem for an age that is not one
   */
  public static SubjectObservation subject(
      String study,
      String subject,
      String site,
      String sex,
      String ageText,
      String ageColumn,
      String arm,
      LocalDate referenceDate,
      Origin origin) {
    return new SubjectObservation(
        study, subject, site, sex, parse(ageText, ageColumn), arm, referenceDate, origin);
  }

  /**
   * {@code s}, or null when it gives none of sex, age, arm and reference date: a record of a format
   * whose demographics are optional fields gives a subject observation only when it fills one.
   */
  public static SubjectObservation unlessEmpty(SubjectObservation s) {
    boolean empty =
        s.sex() == null && s.age() == null && s.arm() == null && s.referenceDate() == null;
    return empty ? null : s;
  }

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
