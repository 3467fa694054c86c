package org.infusionoutcomes.ingest.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.value.Numbers;

/**
 * Parsing of the date and time fields of exports. ISO 8601 dates and date-times are accepted with
 * or without seconds, fraction and UTC offset; the local date and time as written are used (an
 * offset is not applied, docs/formats.md, "FHIR R4"). A partial date ({@code 2024}, {@code
 * 2024-03}) cannot place a record on a day and is reported as such.
 */
public final class TimeParsing {
  /**
   * A date that lacks a part: truncated ({@code 2024}, {@code 2024-03}) or with a part written as
   * {@code -} as SDTM does ({@code 2024---15}, {@code --03-15}, {@code 2024-03--T10:00}). A full
   * date followed by anything else is not partial but invalid.
   */
  private static final Pattern PARTIAL =
      Pattern.compile("^\\d{4}(-\\d{2})?$|^(?=-|[^T]*--)(\\d{4}|-)-(\\d{2}|-)-(\\d{2}|-)(T.*)?$");

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?)?"
              + "(Z|[+-]\\d{2}(?::?\\d{2})?)?$");

  private TimeParsing() {}

  /** A date with an optional time of day. */
  public record DateTimeValue(LocalDate date, LocalTime time) {}

  /**
   * Parses an ISO 8601 date or date-time in {@code column}; null for an empty value.
   *
   * @throws FieldProblem {@link RejectRule#PARTIAL_DATE} or {@link RejectRule#INVALID_DATE}
   */
  public static DateTimeValue parseDateTime(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = DATE_TIME.matcher(v);
    if (m.matches()) {
      try {
        LocalDate date = LocalDate.parse(m.group(1));
        LocalTime time = m.group(2) == null ? null : parseIsoTime(m.group(2).replace(',', '.'));
        return new DateTimeValue(date, time);
      } catch (DateTimeException e) {
        throw invalidDate(v, column);
      }
    }
    if (PARTIAL.matcher(v).matches()) {
      throw IngestErrors.partialDate(column, v);
    }
    throw invalidDate(v, column);
  }

  /** Parses a date or date-time with a custom pattern (mapping files), e.g. {@code MM/dd/yyyy}. */
  public static DateTimeValue parseDateTime(
      String value, String column, DateTimeFormatter pattern) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      var parsed = pattern.parseBest(v, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof LocalDateTime ldt) {
        return new DateTimeValue(ldt.toLocalDate(), ldt.toLocalTime());
      }
      return new DateTimeValue((LocalDate) parsed, null);
    } catch (DateTimeException e) {
      throw invalidDate(v, column);
    }
  }

  private static FieldProblem invalidDate(String v, String column) {
    return IngestErrors.invalidDate(column, v);
  }

  /**
   * Parses a time of day ({@code HH:MM} or {@code HH:MM:SS}); null for an empty value.
   *
   * @throws FieldProblem {@link RejectRule#INVALID_TIME}
   */
  public static LocalTime parseTime(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parseIsoTime(value.trim());
    } catch (DateTimeParseException e) {
      throw IngestErrors.invalidTime(column, value.trim());
    }
  }

  private static LocalTime parseIsoTime(String v) {
    return LocalTime.parse(
        v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v, DateTimeFormatter.ISO_LOCAL_TIME);
  }

  /**
   * Parses an SDTM study day: a whole number other than 0 (there is no day 0); null for an empty
   * value. {@code 3.0} is accepted as 3.
   *
   * @throws FieldProblem {@link RejectRule#INVALID_STUDY_DAY}
   */
  public static Integer parseStudyDay(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Integer day = Numbers.parse(v);
    if (day == null || day == 0) {
      throw IngestErrors.invalidStudyDay(column, v);
    }
    return day;
  }

  /** The calendar date of a study day given the reference date (day 1); there is no day 0. */
  public static LocalDate dateOfStudyDay(LocalDate referenceDate, int studyDay) {
    return referenceDate.plusDays(studyDay > 0 ? studyDay - 1L : studyDay);
  }

  /** The reference date (day 1) implied by a record that carries both a date and a study day. */
  public static LocalDate referenceDateOf(LocalDate date, int studyDay) {
    return date.minusDays(studyDay > 0 ? studyDay - 1L : studyDay);
  }

  /** The analysis day of a study day on a study-day axis: the gap at 0 is closed (day -1 -> 0). */
  public static int axisDayOfStudyDay(int studyDay) {
    return studyDay > 0 ? studyDay : studyDay + 1;
  }
}
