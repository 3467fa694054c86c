package org.infusionoutcomes.jobs.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.ParquetTables;

/**
 * What changed in the canonical tables since the last published run (docs/operations.md, "Changes
 * since the last published run"): subjects new / removed; assessments new / changed (same key,
 * different total) / removed; infusions new / removed. Counts, plus up to {@value #MAX_KEYS} keys
 * of each in key order.
 *
 * <p>An assessment's key is (study, subject, scale, day, time of day, visit), an infusion's (study,
 * subject, day, time of day), a subject's (study, subject); the keys listed show study, subject,
 * scale and day (the date, else "study day N").
 *
 * @param comparedWith the snapshot compared with
 * @param counts per change ({@code subjects.new}, ...), the number of keys
 * @param keys per change, up to {@value #MAX_KEYS} keys
 */
public record ChangesSinceLastRun(
    String comparedWith, Map<String, Long> counts, Map<String, List<Map<String, Object>>> keys) {
  public static final int MAX_KEYS = 100;

  private static final List<String> ASSESSMENT_KEY =
      List.of("study_id", "subject_id", "scale", "day", "assessment_time", "visit");
  private static final List<String> INFUSION_KEY =
      List.of("study_id", "subject_id", "day", "infusion_time");
  private static final List<String> SUBJECT_KEY = List.of("study_id", "subject_id");

  /** Compares the normalized tables of {@code outputDir} with those of {@code previousDir}. */
  public static ChangesSinceLastRun compute(
      SparkSession spark, String outputDir, String previousDir, String previousName) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> keys = new LinkedHashMap<>();

    Dataset<Row> subjectsNow = table(spark, outputDir, OutputLayout.SUBJECTS, SUBJECT_KEY);
    Dataset<Row> subjectsBefore = table(spark, previousDir, OutputLayout.SUBJECTS, SUBJECT_KEY);
    record(counts, keys, "subjects.new", subjectsNow.except(subjectsBefore), SUBJECT_KEY);
    record(counts, keys, "subjects.removed", subjectsBefore.except(subjectsNow), SUBJECT_KEY);

    Dataset<Row> aNow = assessments(spark, outputDir);
    Dataset<Row> aBefore = assessments(spark, previousDir);
    Dataset<Row> aKeysNow = aNow.select(cols(ASSESSMENT_KEY)).distinct();
    Dataset<Row> aKeysBefore = aBefore.select(cols(ASSESSMENT_KEY)).distinct();
    List<String> shown = List.of("study_id", "subject_id", "scale", "day_label");
    record(counts, keys, "assessments.new", labelled(aNow, aKeysNow.except(aKeysBefore)), shown);
    Column sameKey = null;
    for (String k : ASSESSMENT_KEY) {
      Column c = aNow.col(k).eqNullSafe(aBefore.col(k));
      sameKey = sameKey == null ? c : sameKey.and(c);
    }
    Dataset<Row> changed =
        aNow.join(aBefore, sameKey)
            .filter(aNow.col("total_score").notEqual(aBefore.col("total_score")))
            .select(ASSESSMENT_KEY.stream().map(aNow::col).toArray(Column[]::new))
            .distinct();
    record(counts, keys, "assessments.changed", labelled(aNow, changed), shown);
    record(
        counts,
        keys,
        "assessments.removed",
        labelled(aBefore, aKeysBefore.except(aKeysNow)),
        shown);

    Dataset<Row> iNow = infusions(spark, outputDir);
    Dataset<Row> iBefore = infusions(spark, previousDir);
    Dataset<Row> iKeysNow = iNow.select(cols(INFUSION_KEY)).distinct();
    Dataset<Row> iKeysBefore = iBefore.select(cols(INFUSION_KEY)).distinct();
    List<String> shownInfusion = List.of("study_id", "subject_id", "day_label");
    record(
        counts, keys, "infusions.new", labelled(iNow, iKeysNow.except(iKeysBefore)), shownInfusion);
    record(
        counts,
        keys,
        "infusions.removed",
        labelled(iBefore, iKeysBefore.except(iKeysNow)),
        shownInfusion);
    return new ChangesSinceLastRun(previousName, counts, keys);
  }

  /** The {@code changes} section of quality.json. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("compared_with", comparedWith);
    Map<String, Map<String, Object>> byTable = new LinkedHashMap<>();
    counts.forEach(
        (id, n) -> {
          String[] parts = id.split("\\.", 2);
          Map<String, Object> kind = new LinkedHashMap<>();
          kind.put("count", n);
          kind.put("keys", keys.get(id));
          byTable.computeIfAbsent(parts[0], t -> new LinkedHashMap<>()).put(parts[1], kind);
        });
    m.putAll(byTable);
    return m;
  }

  private static Dataset<Row> table(SparkSession spark, String dir, String name, List<String> key) {
    return ParquetTables.read(spark, OutputLayout.of(dir).normalized(name))
        .select(cols(key))
        .distinct();
  }

  private static Dataset<Row> assessments(SparkSession spark, String dir) {
    List<String> c = new ArrayList<>(ASSESSMENT_KEY);
    c.add("total_score");
    c.add("assessment_date");
    c.add("study_day");
    return ParquetTables.read(spark, OutputLayout.of(dir).normalized(OutputLayout.ASSESSMENTS))
        .select(cols(c));
  }

  private static Dataset<Row> infusions(SparkSession spark, String dir) {
    List<String> c = new ArrayList<>(INFUSION_KEY);
    c.add("infusion_date");
    c.add("study_day");
    return ParquetTables.read(spark, OutputLayout.of(dir).normalized(OutputLayout.INFUSIONS))
        .select(cols(c));
  }

  /** Adds the day as shown (the date, else "study day N") to a set of keys of {@code rows}. */
  private static Dataset<Row> labelled(Dataset<Row> rows, Dataset<Row> keySet) {
    String date =
        List.of(rows.columns()).contains("infusion_date") ? "infusion_date" : "assessment_date";
    Dataset<Row> labels =
        rows.withColumn(
            "day_label",
            coalesce(
                col(date).cast("string"),
                concat(lit("study day "), col("study_day").cast("string"))));
    List<Column> select = new ArrayList<>();
    Column on = null;
    for (String k : keySet.columns()) {
      labels = labels.withColumnRenamed(k, "l_" + k);
      Column c = keySet.col(k).eqNullSafe(col("l_" + k));
      on = on == null ? c : on.and(c);
      select.add(keySet.col(k));
    }
    select.add(col("day_label"));
    return keySet.join(labels, on).select(select.toArray(Column[]::new)).distinct();
  }

  private static void record(
      Map<String, Long> counts,
      Map<String, List<Map<String, Object>>> keys,
      String id,
      Dataset<Row> rows,
      List<String> shown) {
    Dataset<Row> cached = rows.cache();
    try {
      counts.put(id, cached.count());
      List<Map<String, Object>> list = new ArrayList<>();
      Dataset<Row> s = cached.select(cols(shown)).distinct().orderBy(cols(shown));
      for (Row r : s.limit(MAX_KEYS).collectAsList()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
          String name = shown.get(i).equals("day_label") ? "day" : shown.get(i);
          m.put(name, r.isNullAt(i) ? null : String.valueOf(r.get(i)));
        }
        list.add(m);
      }
      keys.put(id, list);
    } finally {
      cached.unpersist();
    }
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
