package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.time.TimeParsing;

/**
 * The fields of a medication record, judged the same in every format (docs/formats.md,
 * "Medications"): start and end dates that may be partial, the ongoing flag, the standardised name
 * and the dose.
 */
public final class MedicationValues {
  private MedicationValues() {}

  /** Year, or year and month: a date truncated as ISO 8601 allows. */
  private static final Pattern TRUNCATED = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  /**
   * An SDTM partial date with a part written as {@code -} ({@code 2024---15}, {@code 2024-03--},
   * {@code --03-15}), optionally with a time: the known leading parts are kept.
   */
  private static final Pattern DASHED = Pattern.compile("(\\d{4}|-)-(\\d{2}|-)-(\\d{2}|-)(?:T.*)?");

  /** CMENRF values that say the medication went on past the reference period. */
  private static final Set<String> CONTINUING_PAST_REFERENCE =
      Set.of("ONGOING", "AFTER", "DURING/AFTER");

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

  /** Y/N (also YES/NO, TRUE/FALSE, 1/0); false when empty. */
  public static boolean ongoing(String text, String column) {
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "Y", "YES", "TRUE", "1" -> true;
      case "N", "NO", "FALSE", "0" -> false;
      default -> throw IngestErrors.invalidOngoing(text.trim(), column);
    };
  }

  /**
   * SDTM: ongoing when {@code CMENRTPT} is {@code ONGOING}, or, for a record without an end, when
   * {@code CMENRF} is {@code ONGOING}, {@code AFTER} or {@code DURING/AFTER}.
   */
  public static boolean sdtmOngoing(String enrtpt, String enrf, boolean hasEnd) {
    if (enrtpt != null && enrtpt.trim().equalsIgnoreCase("ONGOING")) {
      return true;
    }
    return !hasEnd
        && enrf != null
        && CONTINUING_PAST_REFERENCE.contains(enrf.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The standardised name; null when empty, {@code NA} or {@code UNCODED} (the coder found no
   * dictionary term, so the reported name is all there is).
   */
  public static String decod(String text) {
    String v = text(text);
    return v == null || v.equalsIgnoreCase("UNCODED") ? null : v;
  }

  /** Trimmed text, or null when empty or an R {@code NA}. */
  public static String text(String value) {
    return AdverseEventValues.text(value);
  }
}
