package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * Doses as exports write them: the amount ({@link #parse}), and the amount with its unit (SDTM
 * {@code EXDOSU}, FHIR {@code dosage.dose.unit}) stored as mg/kg or as mg. Any other unit rejects
 * the record rather than keeping a dose whose unit is unknown.
 */
public final class Doses {
  private Doses() {}

  /**
   * A non-negative dose as written, or null for an empty cell.
   *
   * @throws FieldProblem {@link RejectRule#INVALID_NUMBER} for anything else
   */
  public static Double parse(String text, String column) {
    if (text == null) {
      return null;
    }
    Double d = Numbers.parseNumber(text);
    if (d == null || d < 0) {
      throw IngestErrors.invalidNumber(column, "dose", text, "a non-negative number");
    }
    return d;
  }

  /**
   * A dose in mg/kg or in mg; both null when there is no dose.
   *
   * @param mgPerKg the dose when its unit is mg/kg
   * @param mg the dose when its unit is mg
   */
  public record Dose(Double mgPerKg, Double mg) {}

  /**
   * Splits a dose by its unit.
   *
   * @param value the dose, or null
   * @param unit the unit as written, or null
   * @param unitColumn the unit's column or field (for the message)
   * @throws FieldProblem {@link RejectRule#INVALID_NUMBER} for a dose in another unit
   */
  public static Dose byUnit(Double value, String unit, String unitColumn) {
    if (value == null) {
      return new Dose(null, null);
    }
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).replace(" ", "");
    switch (u) {
      case "mg/kg":
        return new Dose(value, null);
      case "mg":
        return new Dose(null, value);
      default:
        throw IngestErrors.invalidNumber(
            unitColumn,
            "dose unit",
            unit,
            "mg/kg or mg, so the dose " + Numbers.plain(value) + " cannot be stored");
    }
  }
}
