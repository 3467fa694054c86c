package org.infusionoutcomes.ingest.reject;

import java.util.List;

/**
 * Every user-facing message of the ingest module, one static method per error (the model is Delta
 * Kernel's {@code DeltaErrors}). A record-level problem is a {@link FieldProblem} that names the
 * column and the rule; the reader adds file and line. Each message names the offending value, what
 * the rule expects and, where the user can act, what to do - so the same fact reads the same way in
 * every format. The rules are described in docs/formats.md.
 */
public final class IngestErrors {
  private static final String SCALES_HINT =
      "; register it with a scale file (scale_files) or map it to a known scale (docs/formats.md)";

  private IngestErrors() {}

  // ---- scales and items -------------------------------------------------------------------

  /**
   * A record names a scale that is not in the registry.
   *
   * @param column the column or field that names the scale
   * @param what what the value is, e.g. {@code instrument}, {@code test code}, {@code LOINC code}
   * @param value the value as written
   */
  public static FieldProblem unknownScale(String column, String what, String value) {
    return unknownScale(column, what, value, null);
  }

  /**
   * A record names a scale that is not in the registry, with a qualifier after the value.
   *
   * @param qualifier e.g. {@code category 'HAMD'}, or null
   */
  public static FieldProblem unknownScale(
      String column, String what, String value, String qualifier) {
    return new FieldProblem(
        RejectRule.UNKNOWN_SCALE,
        column,
        what
            + " '"
            + value
            + "'"
            + (qualifier == null ? "" : " (" + qualifier + ")")
            + " is not a registered scale"
            + SCALES_HINT);
  }

  /**
   * The problem text for a definition file (configuration, mapping file) that names a scale the
   * registry does not hold.
   */
  public static String unknownScaleName(String name, java.util.Collection<String> knownIds) {
    return "'"
        + name
        + "' is not a registered scale; known scales are "
        + String.join(", ", new java.util.TreeSet<>(knownIds))
        + SCALES_HINT.replace("; register it", " - register it");
  }

  /** A FHIR QuestionnaireResponse with no item of a registered scale. */
  public static FieldProblem noScaleItems(String column, List<String> unknownLinkIds) {
    return new FieldProblem(
        RejectRule.UNKNOWN_SCALE,
        column,
        unknownLinkIds.isEmpty()
            ? "the QuestionnaireResponse has no items"
            : "no item linkId ("
                + String.join(", ", unknownLinkIds.subList(0, Math.min(5, unknownLinkIds.size())))
                + (unknownLinkIds.size() > 5 ? ", ..." : "")
                + ") names an item of a registered scale"
                + SCALES_HINT);
  }

  /**
   * A record names an item that the scale does not have.
   *
   * @param what what the value is, e.g. {@code item} or {@code test code}
   * @param expected the items the scale has, or null
   */
  public static FieldProblem unknownItem(
      String column, String what, String value, String scale, String expected) {
    return new FieldProblem(
        RejectRule.UNKNOWN_ITEM,
        column,
        what
            + " '"
            + value
            + "' is not an item of "
            + scale
            + (expected == null ? "" : " (" + expected + ")"));
  }

  // ---- required values ----------------------------------------------------------------------

  /**
   * A required field is empty.
   *
   * @param what what is missing, e.g. {@code the subject id}; null for "the value"
   */
  public static FieldProblem requiredValueMissing(String column, String what) {
    return new FieldProblem(
        RejectRule.MISSING_REQUIRED_VALUE,
        column,
        (what == null ? "the value" : what) + " is empty but required");
  }

  /** A required element is absent from a structured record (FHIR). */
  public static FieldProblem requiredElementMissing(String column, String sentence) {
    return new FieldProblem(RejectRule.MISSING_REQUIRED_VALUE, column, sentence);
  }

  // ---- numbers ---------------------------------------------------------------------------------

  /**
   * A number that cannot be used.
   *
   * @param what what the value is, e.g. {@code dose}
   * @param expectation what it must be, e.g. {@code a non-negative number}
   */
  public static FieldProblem invalidNumber(
      String column, String what, String value, String expectation) {
    return new FieldProblem(
        RejectRule.INVALID_NUMBER,
        column,
        what + " '" + (value == null ? "" : value) + "' is not " + expectation);
  }

  /** A number given twice in one record. */
  public static FieldProblem numberGivenTwice(String column, String sentence) {
    return new FieldProblem(RejectRule.INVALID_NUMBER, column, sentence);
  }

  /** A value of a type the field cannot hold. */
  public static FieldProblem invalidValueType(String column, String sentence) {
    return new FieldProblem(RejectRule.INVALID_VALUE_TYPE, column, sentence);
  }

  // ---- time ------------------------------------------------------------------------------------

  /** A date with only a year or a year and month. */
  public static FieldProblem partialDate(String column, String value) {
    return quoted(
        RejectRule.PARTIAL_DATE,
        column,
        value,
        "is a partial date; a full date (YYYY-MM-DD) is needed to place the record on a day");
  }

  /** A date that cannot be parsed. */
  public static FieldProblem invalidDate(String column, String value) {
    return quoted(
        RejectRule.INVALID_DATE,
        column,
        value,
        "is not a valid date (expected ISO 8601, YYYY-MM-DD)");
  }

  /** A time of day that cannot be parsed. */
  public static FieldProblem invalidTime(String column, String value) {
    return quoted(
        RejectRule.INVALID_TIME,
        column,
        value,
        "is not a time of day (expected HH:MM or HH:MM:SS)");
  }

  /** A study day that is not a whole number other than 0. */
  public static FieldProblem invalidStudyDay(String column, String value) {
    return quoted(
        RejectRule.INVALID_STUDY_DAY,
        column,
        value,
        "is not a study day (a whole number other than 0; day -1 is the day before day 1)");
  }

  /** {@code 'value' <predicate>}: the offending value quoted, then what is wrong with it. */
  private static FieldProblem quoted(
      RejectRule rule, String column, String value, String predicate) {
    return new FieldProblem(rule, column, "'" + value + "' " + predicate);
  }

  /** A record with neither a date nor a study day. */
  public static FieldProblem missingTime(String column, String where) {
    return new FieldProblem(
        RejectRule.MISSING_TIME,
        column,
        where + "; a date or a study day is needed to place the record in time");
  }

  // ---- records and files
  // -------------------------------------------------------------------------

  /** A record of a type, domain or content the pipeline does not use. */
  public static FieldProblem unsupportedRecord(String column, String sentence) {
    return new FieldProblem(RejectRule.UNSUPPORTED_RECORD, column, sentence);
  }

  /** A direct identifier in a record: the record's text is withheld from every output. */
  public static FieldProblem directIdentifier(String column, String sentence) {
    return FieldProblem.directIdentifier(column, sentence);
  }

  /**
   * A value that is a direct identifier (an e-mail address, a telephone or social security number,
   * a labelled record number or date of birth), found in any column of the record.
   *
   * @param kind what the value is ("an e-mail address")
   */
  public static FieldProblem identifierInValue(String column, String kind) {
    return FieldProblem.directIdentifier(
        column,
        (column == null ? "a value of the record" : "the value")
            + " holds "
            + kind
            + ", a direct identifier; inputs must be de-identified, so the record is refused and"
            + " its text not kept - remove it from the export and run again");
  }

  /** A full date of birth, which must be reduced to the year before export. */
  public static FieldProblem fullBirthDate(String column, String where) {
    return FieldProblem.directIdentifier(
        column,
        where
            + " a full date of birth, a direct identifier; reduce it to the year (or drop it) and run again");
  }

  /** The reason of the reject of a file that no reader could read to the end. */
  public static String unreadableFile(String format, Exception e) {
    return "the file cannot be read as "
        + format
        + ": "
        + e
        + " (the whole file is refused; check its encoding and format, docs/formats.md)";
  }

  // ---- files the pipeline writes or reads back (every module) --------------------------------

  /** A file of the output cannot be written (disk full, read-only, permissions). */
  public static java.io.UncheckedIOException cannotWrite(Object path, java.io.IOException e) {
    return new java.io.UncheckedIOException(
        "cannot write " + path + ": " + e.getMessage() + " (check free space and permissions)", e);
  }

  /** A file the pipeline needs cannot be read. */
  public static java.io.UncheckedIOException cannotRead(Object path, java.io.IOException e) {
    return new java.io.UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
  }

  /** The reason of a CSV record whose number of fields differs from the header's. */
  public static String wrongFieldCount(int fields, int headerFields) {
    return "the record has " + fields + " fields but the header has " + headerFields;
  }

  // ---- vital signs and adverse events -----------------------------------------------------

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

  /** A medication start or end date that is no ISO 8601 date, full or partial. */
  public static FieldProblem invalidMedicationDate(String column, String value) {
    return quoted(
        RejectRule.INVALID_DATE,
        column,
        value,
        "is not an ISO 8601 date (YYYY-MM-DD, or partial YYYY-MM or YYYY; docs/formats.md,"
            + " \"Medications\")");
  }

  /** An ongoing flag that is not Y or N. */
  public static FieldProblem invalidOngoing(String value, String column) {
    return new FieldProblem(
        RejectRule.INVALID_VALUE_TYPE,
        column,
        "ongoing '" + value + "' is not Y or N (docs/formats.md, \"Medications\")");
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

  // ---- files, documents and inputs ------------------------------------------------------

  /** An XPT variable whose NAMESTR position lies (partly) outside the observation record. */
  public static String xptPositionOutsideRecord(
      String dataset, String variable, int position, int length, int recordLength) {
    return "variable "
        + variable
        + " of dataset "
        + dataset
        + " is at position "
        + position
        + " with length "
        + length
        + ", outside the "
        + recordLength
        + "-byte observation record (rule: XPT NAMESTR position within the record; the file is"
        + " damaged: export it again)";
  }

  /** A configuration, mapping or scale document above the size limit. */
  public static String documentTooLarge(int maxBytes) {
    return "is larger than "
        + maxBytes
        + " bytes (rule: configuration, mapping and scale files are at most 1 MiB; check that the"
        + " right file was given)";
  }

  /** An input entry that is a FIFO, socket, device or a link to a folder. */
  public static String inputNotRegularFile() {
    return "not a regular file (a FIFO, socket, device or link to a folder; rule: inputs are"
        + " regular files): skipped, copy the data into a regular file to read it";
  }

  /** An input file name whose bytes are not UTF-8. */
  public static String inputNameNotUtf8() {
    return "file name is not valid UTF-8 (rule: input file names are UTF-8 text): skipped,"
        + " rename the file to read it";
  }

  /** An input path with a ':' below the input root. */
  public static String inputNameHasColon() {
    return "file or folder name contains ':' (rule: Hadoop paths cannot hold ':' in a name):"
        + " skipped, rename it to read it";
  }

  /** An input entry that cannot be listed or read. */
  public static String inputEntryUnreadable(String cause) {
    return "cannot be read (" + cause + "): skipped, check its permissions";
  }
}
