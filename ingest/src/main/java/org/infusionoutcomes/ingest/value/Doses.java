package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * A dose with its unit as exports write it (SDTM {@code EXDOSU}, FHIR {@code dosage.dose.unit}):
 * stored as mg/kg or as mg. Any other unit rejects the record rather than keeping a dose whose unit
 * is unknown.
 */
public final class Doses {
  private Doses() {}

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
        throw new FieldProblem(
            RejectRule.INVALID_NUMBER,
            unitColumn,
            "dose unit '"
                + (unit == null ? "" : unit)
                + "' is neither mg/kg nor mg, so the dose "
                + Numbers.plain(value)
                + " cannot be stored");
    }
  }
}
