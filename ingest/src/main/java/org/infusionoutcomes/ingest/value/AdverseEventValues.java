package org.infusionoutcomes.ingest.value;

import java.time.LocalDate;
import java.util.Locale;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.time.TimeParsing;

/**
 * The fields of an adverse event, judged the same in every format: severity (MILD, MODERATE,
 * SEVERE; SDTM AESEV), serious (Y/N; AESER), and onset/end dates where a partial date (e.g. {@code
 * 2024-03}) is kept as an unknown day instead of rejecting the event.
 */
public final class AdverseEventValues {
  private AdverseEventValues() {}

  /** A date and/or study day; both null when unknown. */
  public record When(LocalDate date, Integer studyDay) {}

  /**
   * Parses an onset or end. A partial date counts as unknown (docs/formats.md, "Adverse events");
   * an invalid date or study day rejects the event.
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

  /** MILD, MODERATE or SEVERE (any case), or null when empty. */
  public static String severity(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String v = text.trim().toUpperCase(Locale.ROOT);
    if (v.equals("MILD") || v.equals("MODERATE") || v.equals("SEVERE")) {
      return v;
    }
    throw IngestErrors.invalidSeverity(text.trim(), column);
  }

  /** Y/N (also YES/NO, TRUE/FALSE, 1/0), or null when empty. */
  public static Boolean yesNo(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String v = text.trim().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
      case "N", "NO", "FALSE", "0" -> Boolean.FALSE;
      default -> throw IngestErrors.invalidYesNo(text.trim(), column);
    };
  }

  /** Trimmed text, or null when empty or an R {@code NA}. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return v.isEmpty() || v.equals("NA") ? null : v;
  }
}
