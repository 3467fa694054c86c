package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;

/**
 * The vital-sign tests the pipeline reads (SDTM VSTESTCD codes), their canonical units, the units
 * converted to them and their plausible ranges (docs/formats.md, "Vital signs"). Every reader turns
 * a value into canonical form here, so the same text is judged the same in every format.
 */
public final class VitalTests {
  /** One test: canonical unit and plausible range (inclusive). */
  public record Test(String code, String unit, double min, double max) {}

  private static final Map<String, Test> TESTS =
      Map.of(
          "SYSBP", new Test("SYSBP", "mmHg", 50, 300),
          "DIABP", new Test("DIABP", "mmHg", 20, 200),
          "PULSE", new Test("PULSE", "beats/min", 20, 250),
          "SPO2", new Test("SPO2", "%", 50, 100),
          "RESP", new Test("RESP", "breaths/min", 4, 60),
          "TEMP", new Test("TEMP", "C", 30, 45),
          "WEIGHT", new Test("WEIGHT", "kg", 20, 400),
          "HEIGHT", new Test("HEIGHT", "cm", 100, 250),
          "BMI", new Test("BMI", "kg/m2", 10, 90));

  /** Spellings of each canonical unit in real exports (SDTM CT, UCUM, free text), lower case. */
  private static final Map<String, String> CANONICAL_SPELLINGS =
      Map.ofEntries(
          Map.entry("mmhg", "mmHg"),
          Map.entry("mm[hg]", "mmHg"),
          Map.entry("beats/min", "beats/min"),
          Map.entry("/min", "per-min"),
          Map.entry("bpm", "beats/min"),
          Map.entry("{beats}/min", "beats/min"),
          Map.entry("breaths/min", "breaths/min"),
          Map.entry("{breaths}/min", "breaths/min"),
          Map.entry("%", "%"),
          Map.entry("c", "C"),
          Map.entry("cel", "C"),
          Map.entry("degc", "C"),
          Map.entry("kg", "kg"),
          Map.entry("cm", "cm"),
          Map.entry("kg/m2", "kg/m2"),
          Map.entry("kg/m**2", "kg/m2"),
          Map.entry("kg/m^2", "kg/m2"));

  private VitalTests() {}

  /** The test of an SDTM VSTESTCD code (any case), if it is one the pipeline reads. */
  public static Optional<Test> test(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(TESTS.get(code.trim().toUpperCase(Locale.ROOT)));
  }

  /** A value in its canonical unit. */
  public record Reading(double value, String unit) {}

  /**
   * Parses a value with its unit and converts it to the test's canonical unit: lb to kg, in to cm,
   * F to C; an empty unit means the canonical one. Values outside the test's plausible range are
   * rejected after conversion.
   *
   * @param test the test
   * @param valueText the value as written
   * @param valueColumn its column (for messages)
   * @param unitText the unit as written, or null
   * @param unitColumn its column (for messages)
   * @throws FieldProblem {@code invalid_number}, {@code invalid_unit} or {@code implausible_value}
   */
  public static Reading canonical(
      Test test, String valueText, String valueColumn, String unitText, String unitColumn) {
    Double raw = Numbers.parseNumber(valueText);
    if (raw == null) {
      throw new FieldProblem(
          RejectRule.INVALID_NUMBER,
          valueColumn,
          "'" + (valueText == null ? "" : valueText.trim()) + "' is not a number");
    }
    double value = convert(test, raw, unitText, unitColumn);
    if (value < test.min() || value > test.max()) {
      throw new FieldProblem(
          RejectRule.IMPLAUSIBLE_VALUE,
          valueColumn,
          test.code()
              + " "
              + format(value)
              + " "
              + test.unit()
              + " is outside the plausible range "
              + format(test.min())
              + "-"
              + format(test.max())
              + " "
              + test.unit()
              + "; correct the value or remove the record");
    }
    return new Reading(value, test.unit());
  }

  private static double convert(Test test, double raw, String unitText, String unitColumn) {
    if (unitText == null || unitText.isBlank()) {
      return raw;
    }
    String u = unitText.trim().toLowerCase(Locale.ROOT);
    String canonical = CANONICAL_SPELLINGS.get(u);
    if ("per-min".equals(canonical)
        && (test.unit().equals("beats/min") || test.unit().equals("breaths/min"))) {
      return raw;
    }
    if (test.unit().equals(canonical)) {
      return raw;
    }
    switch (test.unit()) {
      case "kg":
        if (u.equals("lb") || u.equals("lbs") || u.equals("[lb_av]")) {
          return raw * 0.45359237;
        }
        break;
      case "cm":
        if (u.equals("in") || u.equals("[in_i]") || u.equals("inches")) {
          return raw * 2.54;
        }
        break;
      case "C":
        if (u.equals("f") || u.equals("[degf]") || u.equals("degf")) {
          return (raw - 32.0) * 5.0 / 9.0;
        }
        break;
      default:
        break;
    }
    throw new FieldProblem(
        RejectRule.INVALID_UNIT,
        unitColumn,
        "unit '"
            + unitText.trim()
            + "' is not usable for "
            + test.code()
            + "; expected "
            + test.unit()
            + convertible(test)
            + " (docs/formats.md, \"Vital signs\")");
  }

  private static String convertible(Test test) {
    return switch (test.unit()) {
      case "kg" -> " or lb";
      case "cm" -> " or in";
      case "C" -> " or F";
      default -> "";
    };
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
