package org.infusionoutcomes.ingest.reject;

/**
 * Why an input record was rejected or flagged. The id is what the {@code rejects} table, the
 * quality report and the run manifest show; {@link #isWarning()} rules flag a record without
 * rejecting it.
 */
public enum RejectRule {
  // --- file level: the file could not be read as a whole
  EMPTY_FILE("empty_file", "the file holds no header or no records"),
  UNKNOWN_FORMAT("unknown_format", "the file matches no known input format"),
  MISSING_REQUIRED_COLUMN("missing_required_column", "a column the format requires is absent"),
  DIRECT_IDENTIFIER(
      "direct_identifier", "the file carries a direct identifier column and is refused"),
  UNREADABLE_FILE("unreadable_file", "the file cannot be opened or decoded"),
  INVALID_MAPPING("invalid_mapping", "the mapping file for this input cannot be applied"),

  // --- record level, while reading
  MALFORMED_CSV("malformed_csv", "the record is not valid CSV (for example an unbalanced quote)"),
  WRONG_FIELD_COUNT(
      "wrong_field_count", "the record has a different number of fields than the header"),
  INVALID_JSON("invalid_json", "the line is not a valid JSON resource"),
  UNSUPPORTED_RECORD("unsupported_record", "the record's type, domain or content cannot be used"),
  INVALID_VALUE_TYPE("invalid_value_type", "a variable holds a value of an unexpected type"),
  MISSING_REQUIRED_VALUE("missing_required_value", "a required field is empty"),
  UNKNOWN_SCALE("unknown_scale", "the instrument is not in the scale registry"),
  UNKNOWN_ITEM("unknown_item", "the item or test code is not an item of the scale"),
  INVALID_DATE("invalid_date", "a date or date-time cannot be parsed"),
  PARTIAL_DATE(
      "partial_date", "a partial date (for example 2024-03) cannot place a record on a day"),
  INVALID_STUDY_DAY("invalid_study_day", "a study day is not a whole number or is 0"),
  INVALID_TIME("invalid_time", "a time of day cannot be parsed"),
  MISSING_TIME("missing_time", "the record has neither a date nor a study day"),
  INVALID_NUMBER("invalid_number", "a numeric field cannot be parsed"),
  INVALID_UNIT(
      "invalid_unit",
      "a vital sign's unit is neither the canonical unit nor one that is converted (lb, in, F)"),
  IMPLAUSIBLE_VALUE(
      "implausible_value", "a vital sign lies outside the plausible range of its test"),
  INVALID_DURATION(
      "invalid_duration",
      "an elapsed time (SDTM --ELTM, minutes_from_start) is not an ISO 8601 duration or whole minutes"),
  DIRECT_IDENTIFIER_VALUE(
      "direct_identifier_value",
      "a value is a direct identifier (a full date of birth, a patient's name, an e-mail address, a telephone, social security or medical record number); the record is rejected without its text"),
  TRUNCATED_RECORD(
      "truncated_record",
      "the file ends inside the record: it was cut off (for example in transfer)"),

  // --- assessment level, while scoring
  ITEM_OUT_OF_RANGE("item_out_of_range", "an item value is outside the scale's item range"),
  ITEM_NOT_INTEGER("item_not_integer", "an item value is not a whole number"),
  TOTAL_OUT_OF_RANGE("total_out_of_range", "a reported total is outside the scale's total range"),
  TOTAL_NOT_NUMERIC("total_not_numeric", "a reported total is not a number"),
  TOO_MANY_MISSING_ITEMS(
      "too_many_missing_items",
      "more items are missing than the scale allows and no total is reported"),

  // --- subject level
  MIXED_TIME_AXIS(
      "mixed_time_axis",
      "the subject's records mix calendar dates and study days without a reference date"),

  // --- warnings: the record is kept
  REPORTED_TOTAL_MISMATCH(
      "reported_total_mismatch",
      "the reported total differs from the item sum; the item sum is used",
      true),
  DUPLICATE_IDENTICAL("duplicate_identical", "an identical duplicate record was collapsed", true),
  DUPLICATE_CONFLICTING(
      "duplicate_conflicting",
      "a record with the same key but different values was superseded by the later file or line",
      true);

  private final String id;
  private final String description;
  private final boolean warning;

  RejectRule(String id, String description) {
    this(id, description, false);
  }

  RejectRule(String id, String description, boolean warning) {
    this.id = id;
    this.description = description;
    this.warning = warning;
  }

  /** The rule id as written in outputs. */
  public String id() {
    return id;
  }

  /** One sentence an analyst reads next to the count. */
  public String description() {
    return description;
  }

  /** True for rules that flag a record but keep it. */
  public boolean isWarning() {
    return warning;
  }

  /** True for rules that refuse a whole file. */
  public boolean isFileLevel() {
    return ordinal() <= INVALID_MAPPING.ordinal();
  }
}
