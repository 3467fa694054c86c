package org.infusionoutcomes.ingest.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.csv.CsvHeader;

/**
 * A condition on one column, written {@code {column: c, in: [a, b]}} or {@code {column: c, not_in:
 * [a, b]}}; values compare case-insensitively after trimming, and an empty cell (or a missing-value
 * token) is the value {@code ""}.
 *
 * @param key dotted path in the mapping file
 * @param column the column
 * @param values the listed values, lower case
 * @param negate true for {@code not_in}
 */
public record RowCondition(String key, String column, Set<String> values, boolean negate) {

  static RowCondition read(FieldReader parent, String key) {
    if (!parent.has(key)) {
      return null;
    }
    FieldReader c = parent.object(key).rejectUnknownKeys(Set.of("column", "in", "not_in"));
    if (c.has("in") == c.has("not_in")) {
      throw parent.error(key, "must give exactly one of 'in' and 'not_in'");
    }
    boolean negate = c.has("not_in");
    List<String> listed = textListAllowingEmpty(c, negate ? "not_in" : "in");
    String path = parent.path().isEmpty() ? key : parent.path() + "." + key;
    return new RowCondition(
        path,
        c.requiredText("column"),
        listed.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
        negate);
  }

  private static List<String> textListAllowingEmpty(FieldReader c, String key) {
    var node = c.node().get(key);
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw c.error(key, "must be a non-empty list of values");
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      var e = node.get(i);
      if (e.isContainerNode()) {
        throw c.error(key + "[" + i + "]", "must be a single value");
      }
      out.add(e.isNull() ? "" : e.asText().trim());
    }
    return out;
  }

  /** Whether a record satisfies the condition. */
  public boolean test(CsvHeader header, List<String> fields) {
    String v = header.value(fields, column);
    boolean listed = values.contains(v == null ? "" : v.toLowerCase(Locale.ROOT));
    return negate != listed;
  }
}
