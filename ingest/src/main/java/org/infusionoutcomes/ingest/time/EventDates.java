package org.infusionoutcomes.ingest.time;

import java.time.LocalDate;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * The onset and end of an event (adverse events): unlike assessments, a partial date ({@code
 * 2024-03}) does not reject the record; it leaves the day unknown.
 */
public final class EventDates {
  private EventDates() {}

  /** A date and/or study day; both null when unknown. */
  public record When(LocalDate date, Integer studyDay) {}

  /**
   * Parses an onset or end. A partial date counts as unknown (docs/formats.md, "Adverse events");
   * an invalid date or study day throws.
   *
   * @throws FieldProblem {@code invalid_date} or {@code invalid_study_day}
   */
  public static When when(String dateText, String dateColumn, String dayText, String dayColumn) {
    LocalDate date = null;
    try {
      TimeParsing.DateTimeValue dt = TimeParsing.parseDateTime(dateText, dateColumn);
      date = dt == null ? null : dt.date();
    } catch (FieldProblem p) {
      if (p.rule() != RejectRule.PARTIAL_DATE) {
        throw p;
      }
    }
    Integer day = TimeParsing.parseStudyDay(dayText, dayColumn);
    return new When(date, day);
  }
}
