package org.infusionoutcomes.ingest.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * The start and end of a medication record (docs/formats.md, "Medications"): unlike assessments, a
 * partial date does not reject the record; it is kept as far as it is known, because the course
 * factors take a partial start's first day and a partial end's last.
 */
public final class MedicationDates {
  private MedicationDates() {}

  /** Year, or year and month: a date truncated as ISO 8601 allows. */
  private static final Pattern TRUNCATED = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  /**
   * An SDTM partial date with a part written as {@code -} ({@code 2024---15}, {@code 2024-03--},
   * {@code --03-15}), optionally with a time: the known leading parts are kept.
   */
  private static final Pattern DASHED = Pattern.compile("(\\d{4}|-)-(\\d{2}|-)-(\\d{2}|-)(?:T.*)?");

  /**
   * A start or end date as ISO 8601 text, as far as it is known: {@code YYYY-MM-DD} (a time of day
   * is dropped), {@code YYYY-MM} or {@code YYYY}; null when empty or when not even the year is
   * known ({@code --03-15}).
   *
   * @throws FieldProblem {@link RejectRule#INVALID_DATE} for text that is no ISO 8601 date
   */
  public static String date(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String v = text.trim();
    try {
      TimeParsing.DateTimeValue full = TimeParsing.parseDateTime(v, column);
      return full.date().toString();
    } catch (FieldProblem p) {
      if (p.rule() != RejectRule.PARTIAL_DATE) {
        throw IngestErrors.invalidMedicationDate(column, v);
      }
    }
    Matcher t = TRUNCATED.matcher(v);
    if (t.matches()) {
      return knownPart(t.group(1), t.group(2), column, v);
    }
    Matcher d = DASHED.matcher(v);
    if (d.matches()) {
      String year = d.group(1).equals("-") ? null : d.group(1);
      if (year == null) {
        return null;
      }
      String month = d.group(2).equals("-") ? null : d.group(2);
      return knownPart(year, month, column, v);
    }
    throw IngestErrors.invalidMedicationDate(column, v);
  }

  private static String knownPart(String year, String month, String column, String text) {
    if (month == null) {
      return year;
    }
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      throw IngestErrors.invalidMedicationDate(column, text);
    }
    return year + "-" + month;
  }
}
