package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * The fields of an adverse event, judged the same in every format: severity (MILD, MODERATE,
 * SEVERE; SDTM AESEV) and serious (Y/N; AESER). Onset and end dates: {@link
 * org.infusionoutcomes.ingest.time.EventDates}.
 */
public final class AdverseEventValues {
  private AdverseEventValues() {}

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
