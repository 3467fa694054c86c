package org.infusionoutcomes.analysis.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Display names of report groups, and a stable iteration order for maps from the data. */
final class Labels {
  /** The study id of the pooled rows (docs/decisions.md, "Report groups"). */
  static final String ALL = "ALL";

  private Labels() {}

  static String study(String studyId) {
    return ALL.equals(studyId) ? "ALL (pooled)" : studyId == null ? "" : studyId;
  }

  static String course(int courseNumber) {
    return "Course " + courseNumber;
  }

  static String studyScale(String studyId, String scale) {
    return study(studyId) + " · " + (scale == null ? "" : scale);
  }

  /**
   * The entries of a map in a stable order: as they are for insertion-ordered and sorted maps (the
   * order the producer chose), else sorted by key, because the iteration order of {@code Map.of}
   * and {@code HashMap} is not part of the data and may change between runs.
   */
  static <V> List<Map.Entry<String, V>> entries(Map<String, V> map) {
    if (map == null) {
      return List.of();
    }
    if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>) {
      return new ArrayList<>(map.entrySet());
    }
    return new ArrayList<>(new TreeMap<>(map).entrySet());
  }
}
