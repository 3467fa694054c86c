package org.infusionoutcomes.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;

/**
 * Where a mapped field's value comes from: a column (optionally through a value map and, for dates,
 * a date pattern) or a constant. Written in a mapping file as {@code column_name}, {@code {column:
 * name, values: {label: value, ...}, format: MM/dd/yyyy}} or {@code {value: constant}}.
 *
 * @param key the field's dotted path in the mapping file (for messages)
 * @param column the source column, or null for a constant
 * @param constant the constant value, or null
 * @param values the value map (source text -> value, null value = missing), or null when the
 *     column's text is used as it is; a map is complete: a value it does not list is rejected
 * @param format a date or date-time pattern ({@link DateTimeFormatter}), or null for ISO 8601
 */
public record FieldSource(
    String key, String column, String constant, Map<String, String> values, String format) {
  private static final Set<String> KEYS = Set.of("column", "value", "values", "format");

  /** The field {@code key} of {@code parent}, or null when it is absent. */
  static FieldSource read(FieldReader parent, String key) {
    JsonNode node = parent.node().get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    String path = parent.path().isEmpty() ? key : parent.path() + "." + key;
    if (node.isTextual()) {
      String column = node.asText().trim();
      if (column.isEmpty()) {
        throw parent.error(key, "must name a column");
      }
      return new FieldSource(path, column, null, null, null);
    }
    if (!node.isObject()) {
      throw parent.error(key, "must be a column name or a mapping with 'column' or 'value'");
    }
    FieldReader f = parent.object(key).rejectUnknownKeys(KEYS);
    if (f.has("column") == f.has("value")) {
      throw parent.error(
          key, "must give exactly one of 'column' (read from the file) and 'value' (a constant)");
    }
    if (f.has("value")) {
      if (f.has("values") || f.has("format")) {
        throw f.error("value", "a constant takes no 'values' or 'format'");
      }
      return new FieldSource(path, null, f.requiredText("value"), null, null);
    }
    Map<String, String> values = null;
    if (f.has("values")) {
      FieldReader map = f.object("values");
      values = new LinkedHashMap<>();
      for (String k : map.keys()) {
        JsonNode v = map.node().get(k);
        if (v != null && v.isContainerNode()) {
          throw map.error(k, "must be a single value (or null for a missing value)");
        }
        values.put(k, v == null || v.isNull() ? null : v.asText().trim());
      }
    }
    String format = f.optionalText("format").orElse(null);
    if (format != null) {
      try {
        formatter(format);
      } catch (IllegalArgumentException e) {
        throw f.error("format", "is not a valid date pattern: " + e.getMessage());
      }
    }
    return new FieldSource(path, f.requiredText("column"), null, values, format);
  }

  /** A constant (used for mapping-level defaults). */
  static FieldSource constant(String key, String value) {
    return new FieldSource(key, null, value, null, null);
  }

  /**
   * A date pattern as written by users ({@code MM/dd/yyyy}), resolved strictly: {@code yyyy} is
   * read as the proleptic year so that 02/30/2024 is rejected rather than moved to 02/29.
   */
  public static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The column to check against a file's header, or null for a constant. */
  public String requiredColumn() {
    return column;
  }

  /**
   * The value in one record: the constant, or the column's trimmed text through the value map; null
   * when empty or mapped to missing.
   *
   * @throws FieldProblem when a value map does not list the text
   */
  public String value(CsvHeader header, List<String> fields) {
    if (column == null) {
      return constant;
    }
    String text = header.value(fields, column);
    if (text == null || values == null) {
      return text;
    }
    if (values.containsKey(text)) {
      return values.get(text);
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(text)) {
        return e.getValue();
      }
    }
    throw IngestErrors.invalidValueType(
        columnName(header),
        "'"
            + text
            + "' is not one of the values the mapping lists for "
            + key
            + " ("
            + String.join(", ", values.keySet())
            + ")");
  }

  /** The column's name as written in the file (for messages). */
  public String columnName(CsvHeader header) {
    return column == null ? key : header.firstPresent(column).orElse(column);
  }

  /** Fails unless this is a column source (for fields that cannot be constants). */
  FieldSource requireColumn(String file) {
    if (column == null) {
      throw new DefinitionException(file, key, "must name a column, not a constant");
    }
    return this;
  }
}
