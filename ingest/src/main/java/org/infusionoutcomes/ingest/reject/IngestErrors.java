package org.infusionoutcomes.ingest.reject;

/**
 * User-facing ingest errors for safety-monitoring inputs (vital signs, adverse events): one static
 * method per error, each building a precise message with the column, the rule and what to do.
 */
public final class IngestErrors {
  private IngestErrors() {}

  /** A vital-sign test code the pipeline does not read. */
  public static FieldProblem unknownVitalTest(String code, String column) {
    return new FieldProblem(
        RejectRule.UNKNOWN_ITEM,
        column,
        "vital-sign test '"
            + code.trim()
            + "' is not one of SYSBP, DIABP, PULSE, SPO2, RESP, TEMP, WEIGHT, HEIGHT, BMI"
            + " (SDTM VSTESTCD codes; docs/formats.md, \"Vital signs\")");
  }

  /** An adverse-event severity other than MILD, MODERATE, SEVERE. */
  public static FieldProblem invalidSeverity(String value, String column) {
    return new FieldProblem(
        RejectRule.INVALID_VALUE_TYPE,
        column,
        "severity '"
            + value
            + "' is not MILD, MODERATE or SEVERE (docs/formats.md, \"Adverse events\")");
  }

  /** A serious flag that is not Y or N. */
  public static FieldProblem invalidYesNo(String value, String column) {
    return new FieldProblem(
        RejectRule.INVALID_VALUE_TYPE,
        column,
        "'" + value + "' is not Y or N (docs/formats.md, \"Adverse events\")");
  }

  /** A vital-sign record with no value and no NOT DONE status. */
  public static FieldProblem missingVitalValue(String test, String column) {
    return new FieldProblem(
        RejectRule.MISSING_REQUIRED_VALUE,
        column,
        "the "
            + test
            + " reading has no value; give the value or mark the record NOT DONE (VSSTAT)");
  }
}
