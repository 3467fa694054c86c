package org.infusionoutcomes.ingest.time;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * When a record happened: a calendar date and/or a study day, and an optional time of day. Every
 * reader builds it the same way, so the same text is judged the same in every format.
 *
 * @param date calendar date, or null
 * @param studyDay study day, or null
 * @param time time of day, or null
 */
public record RecordTime(LocalDate date, Integer studyDay, LocalTime time) {

  /**
   * Parses the time fields of one record. A separate time column wins over the time part of a
   * date-time.
   *
   * @param dateText ISO date or date-time, or null
   * @param dateColumn its column name (for messages)
   * @param dayText study day, or null
   * @param dayColumn its column name
   * @param timeText time of day, or null
   * @param timeColumn its column name
   * @throws FieldProblem for a bad value, or {@link RejectRule#MISSING_TIME} when neither a date
   *     nor a study day is given
   */
  public static RecordTime parse(
      String dateText,
      String dateColumn,
      String dayText,
      String dayColumn,
      String timeText,
      String timeColumn) {
    TimeParsing.DateTimeValue dt = TimeParsing.parseDateTime(dateText, dateColumn);
    Integer day = TimeParsing.parseStudyDay(dayText, dayColumn);
    LocalTime time = TimeParsing.parseTime(timeText, timeColumn);
    return of(dt, day, time, dateColumn, dayColumn);
  }

  /** Combines already parsed parts, enforcing that a date or a study day is present. */
  public static RecordTime of(
      TimeParsing.DateTimeValue dateTime,
      Integer studyDay,
      LocalTime time,
      String dateColumn,
      String dayColumn) {
    if (dateTime == null && studyDay == null) {
      String where =
          dateColumn != null && dayColumn != null
              ? "'" + dateColumn + "' and '" + dayColumn + "' are both empty"
              : "'" + (dateColumn != null ? dateColumn : dayColumn) + "' is empty";
      throw IngestErrors.missingTime(dateColumn != null ? dateColumn : dayColumn, where);
    }
    return new RecordTime(
        dateTime == null ? null : dateTime.date(),
        studyDay,
        time != null ? time : dateTime == null ? null : dateTime.time());
  }
}
