package org.infusionoutcomes.ingest.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a CSV file: column names as written, looked up case-insensitively. The first of two
 * columns with the same name wins.
 */
public final class CsvHeader {
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  public CsvHeader(List<String> names) {
    List<String> trimmed = new ArrayList<>(names.size());
    for (String n : names) {
      trimmed.add(n == null ? "" : n.trim());
    }
    this.names = Collections.unmodifiableList(trimmed);
    for (int i = 0; i < trimmed.size(); i++) {
      index.putIfAbsent(key(trimmed.get(i)), i);
    }
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  public boolean has(String name) {
    return index.containsKey(key(name));
  }

  /** The column index of {@code name}, if present. */
  public Optional<Integer> indexOf(String name) {
    return Optional.ofNullable(index.get(key(name)));
  }

  /** The name of a column as written in the file. */
  public String nameAt(int column) {
    return names.get(column);
  }

  /**
   * The value of {@code name} in {@code fields}, trimmed; null when the column is absent, the
   * record is short or the cell is empty.
   */
  public String value(List<String> fields, String name) {
    Integer i = index.get(key(name));
    if (i == null || i >= fields.size()) {
      return null;
    }
    String v = fields.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  /** The first of {@code names} present in the header, if any. */
  public Optional<String> firstPresent(String... candidates) {
    for (String c : candidates) {
      if (has(c)) {
        return Optional.of(names.get(index.get(key(c))));
      }
    }
    return Optional.empty();
  }
}
