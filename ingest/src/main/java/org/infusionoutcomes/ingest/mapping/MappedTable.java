package org.infusionoutcomes.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one kind of CSV/TSV file maps onto canonical records: a {@code tables} entry of a mapping
 * file (see {@code docs/formats.md}).
 *
 * @param key the entry's dotted path ({@code tables[0]}) for messages
 * @param files the file patterns it applies to
 * @param missingValues cell texts that mean "missing" besides the empty cell ({@code NA}, {@code
 *     n/a})
 * @param where only records meeting this condition are read (others are read and skipped, not
 *     rejected), or null
 * @param studyId study id, or null (the mapping's {@code study_id}, else the folder name)
 * @param siteId site id, or null
 * @param subjectId subject id (required)
 * @param visit visit label, or null
 * @param date date or date-time, or null
 * @param time time of day, or null
 * @param studyDay study day, or null
 * @param wideScores wide layout: one entry per score column, else empty
 * @param longScores long layout: scale, item and score fields, else null
 * @param scoreValues text answers -> numbers, applied to every score cell (case-insensitive); texts
 *     it does not list pass through unchanged (scoring judges them)
 * @param infusions infusion records each row may yield
 * @param demographics subject fields, or null
 * @param vitals vital-sign columns (one reading per filled column), else empty
 * @param minutesFromStart minutes since the infusion start for the row's readings and scores, or
 *     null
 */
public record MappedTable(
    String key,
    List<PathGlob> files,
    List<String> missingValues,
    RowCondition where,
    FieldSource studyId,
    FieldSource siteId,
    FieldSource subjectId,
    FieldSource visit,
    FieldSource date,
    FieldSource time,
    FieldSource studyDay,
    List<WideScore> wideScores,
    LongScores longScores,
    Map<String, String> scoreValues,
    List<InfusionSpec> infusions,
    Demographics demographics,
    List<VitalColumn> vitals,
    FieldSource minutesFromStart) {

  public MappedTable {
    vitals = List.copyOf(vitals);
    files = List.copyOf(files);
    missingValues = List.copyOf(missingValues);
    wideScores = List.copyOf(wideScores);
    scoreValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scoreValues));
    infusions = List.copyOf(infusions);
  }

  /**
   * One score column of a wide table.
   *
   * @param key dotted path
   * @param column the column
   * @param scale canonical scale id
   * @param item item number 1..N or 0 for the total
   */
  public record WideScore(String key, String column, String scale, int item) {}

  /**
   * A long table: one row per item; {@code scale} names the scale, {@code item} 1..N or {@code
   * total}.
   */
  /**
   * One vital-sign column of a table.
   *
   * @param key dotted path
   * @param column the column
   * @param test SDTM VSTESTCD code
   * @param unit the unit of the column's values, or null for the canonical one
   */
  public record VitalColumn(String key, String column, String test, String unit) {}

  public record LongScores(FieldSource scale, FieldSource item, FieldSource score) {}

  /**
   * An infusion a row yields when {@code when} holds (always when null). Time fields left out are
   * taken from the table's {@code date}, {@code time} and {@code study_day}.
   */
  public record InfusionSpec(
      String key,
      RowCondition when,
      FieldSource date,
      FieldSource time,
      FieldSource studyDay,
      FieldSource doseMgPerKg,
      FieldSource doseMg,
      FieldSource route,
      FieldSource drug,
      FieldSource course) {}

  /** Subject fields: a row with any of them yields a subject record. */
  public record Demographics(
      FieldSource sex, FieldSource age, FieldSource arm, FieldSource referenceDate) {}

  /** Whether this table applies to a file (path relative to the input root). */
  public boolean appliesTo(String relativePath) {
    return files.stream().anyMatch(g -> g.matches(relativePath));
  }

  /** Every column this table reads, with the mapping key that names it, in mapping order. */
  public Map<String, String> columnsByKey() {
    Map<String, String> out = new LinkedHashMap<>();
    List<FieldSource> sources = new ArrayList<>();
    sources.add(studyId);
    sources.add(siteId);
    sources.add(subjectId);
    sources.add(visit);
    sources.add(date);
    sources.add(time);
    sources.add(studyDay);
    if (longScores != null) {
      sources.add(longScores.scale());
      sources.add(longScores.item());
      sources.add(longScores.score());
    }
    for (InfusionSpec i : infusions) {
      sources.addAll(
          java.util.Arrays.asList(
              i.date(),
              i.time(),
              i.studyDay(),
              i.doseMgPerKg(),
              i.doseMg(),
              i.route(),
              i.drug(),
              i.course()));
    }
    if (demographics != null) {
      sources.addAll(
          java.util.Arrays.asList(
              demographics.sex(),
              demographics.age(),
              demographics.arm(),
              demographics.referenceDate()));
    }
    if (where != null) {
      out.put(where.key() + ".column", where.column());
    }
    for (InfusionSpec i : infusions) {
      if (i.when() != null) {
        out.put(i.when().key() + ".column", i.when().column());
      }
    }
    for (FieldSource s : sources) {
      if (s != null && s.column() != null) {
        out.put(s.key(), s.column());
      }
    }
    for (WideScore w : wideScores) {
      out.put(w.key() + ".column", w.column());
    }
    for (VitalColumn v : vitals) {
      out.put(v.key() + ".column", v.column());
    }
    if (minutesFromStart != null && minutesFromStart.column() != null) {
      out.put(minutesFromStart.key(), minutesFromStart.column());
    }
    return out;
  }
}
