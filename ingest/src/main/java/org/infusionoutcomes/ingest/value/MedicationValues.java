package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import java.util.Set;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * The fields of a medication record, judged the same in every format (docs/formats.md,
 * "Medications"): the ongoing flag and the standardised name. Start and end dates: {@link
 * org.infusionoutcomes.ingest.time.MedicationDates}.
 */
public final class MedicationValues {
  private MedicationValues() {}

  /** CMENRF values that say the medication went on past the reference period. */
  private static final Set<String> CONTINUING_PAST_REFERENCE =
      Set.of("ONGOING", "AFTER", "DURING/AFTER");

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
