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

  /**
   * Names looked up before, as asked for, with their column (-1: absent): readers ask for the same
   * few names on every line, so each is trimmed and lower-cased once. A header is read by one task.
   */
  private final Map<String, Integer> asked = new HashMap<>();

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
    return column(name) != null;
  }

  /** The column index of {@code name}, if present. */
  public Optional<Integer> indexOf(String name) {
    return Optional.ofNullable(column(name));
  }

  private Integer column(String name) {
    Integer i = asked.get(name);
    if (i == null) {
      Integer found = index.get(key(name));
      i = found == null ? -1 : found;
      if (asked.size() < 4096) {
        asked.put(name, i);
      }
    }
    return i < 0 ? null : i;
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
    Integer i = column(name);
    if (i == null || i >= fields.size()) {
      return null;
    }
    String v = fields.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  /** The first of {@code names} present in the header, if any. */
  public Optional<String> firstPresent(String... candidates) {
    for (String c : candidates) {
      Integer i = column(c);
      if (i != null) {
        return Optional.of(names.get(i));
      }
    }
    return Optional.empty();
  }
}
