package org.infusionoutcomes.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.infusionoutcomes.analysis.agreement.ScaleAgreement;
import org.infusionoutcomes.analysis.agreement.TwoByTwo;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.subgroups.LevelCounts;
import org.infusionoutcomes.analysis.subgroups.Subgroups;
import org.infusionoutcomes.transform.derive.factors.Bands;

/**
 * Spark glue of {@code subgroups.csv} and {@code agreement.csv}: counts per factor level and the
 * paired MADRS/PHQ-9 classifications come back to the driver (one row per level, or per paired
 * course), the pure {@link Subgroups} and {@link ScaleAgreement} compute the rows.
 */
final class SubgroupTables {

  /** The factor columns of {@code course_factors}, in report order. */
  static final List<String> FACTORS =
      List.of(
          "sex",
          "age_band",
          "dose_band",
          "titrated",
          "n_infusions",
          "baseline_severity",
          "benzodiazepine",
          "bmi_band",
          "site_id",
          "arm");

  private static final List<String> ANALYSES = List.of("OC", "NRI");
  private static final String SEP = "\u0000";

  private SubgroupTables() {}

  private static Column countTrue(String column) {
    return sum(when(col(column).equalTo(true), 1).otherwise(0));
  }

  private static Column countPresent(String column) {
    return sum(when(col(column).isNotNull(), 1).otherwise(0));
  }

  /** Subgroup rows of the ITT courses, OC and NRI, per report study, scale and course number. */
  static List<SubgroupRow> subgroups(Dataset<Row> pooledOutcomes, Dataset<Row> factors) {
    List<Column> selected = new ArrayList<>();
    for (String c :
        List.of(
            "report_study",
            "scale",
            "course_number",
            "responder_oc",
            "remitter_oc",
            "responder_nri",
            "remitter_nri")) {
      selected.add(col("o." + c).as(c));
    }
    for (String f : FACTORS) {
      selected.add(col("f." + f).cast("string").as(f));
    }
    Dataset<Row> joined =
        pooledOutcomes
            .filter(col("population_itt"))
            .as("o")
            .join(
                factors.as("f"),
                col("o.study_id")
                    .equalTo(col("f.study_id"))
                    .and(col("o.subject_id").equalTo(col("f.subject_id")))
                    .and(col("o.course_number").equalTo(col("f.course_number")))
                    .and(col("o.scale").equalTo(col("f.scale"))))
            .select(selected.toArray(Column[]::new));
    Dataset<Row> long_ =
        joined.unpivot(
            new Column[] {
              col("report_study"),
              col("scale"),
              col("course_number"),
              col("responder_oc"),
              col("remitter_oc"),
              col("responder_nri"),
              col("remitter_nri")
            },
            FACTORS.stream().map(f -> col(f)).toArray(Column[]::new),
            "factor",
            "level");
    List<Row> counts =
        long_
            .na()
            .fill(Bands.MISSING, new String[] {"level"})
            .groupBy("report_study", "scale", "course_number", "factor", "level")
            .agg(
                countPresent("responder_oc").as("n_oc"),
                countTrue("responder_oc").as("resp_oc"),
                countTrue("remitter_oc").as("rem_oc"),
                countPresent("responder_nri").as("n_nri"),
                countTrue("responder_nri").as("resp_nri"),
                countTrue("remitter_nri").as("rem_nri"))
            .collectAsList();
    Map<String, List<LevelCounts>> groups = new TreeMap<>();
    for (Row r : counts) {
      for (int a = 0; a < ANALYSES.size(); a++) {
        String key =
            String.join(
                SEP,
                r.getString(0),
                r.getString(1),
                Integer.toString(r.getInt(2)),
                ANALYSES.get(a),
                r.getString(3));
        groups
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(
                new LevelCounts(
                    r.getString(4),
                    (int) r.getLong(5 + 3 * a),
                    (int) r.getLong(6 + 3 * a),
                    (int) r.getLong(7 + 3 * a)));
      }
    }
    List<SubgroupRow> rows = new ArrayList<>();
    groups.forEach(
        (key, levelCounts) -> {
          String[] k = key.split(SEP, -1);
          rows.addAll(Subgroups.rows(k[0], k[1], Integer.parseInt(k[2]), k[3], k[4], levelCounts));
        });
    rows.sort(
        ReportOrder.<SubgroupRow>group()
            .thenComparingInt(r -> ANALYSES.indexOf(r.analysis()))
            .thenComparingInt(r -> FACTORS.indexOf(r.factor()))
            .thenComparing(SubgroupRow::level));
    return rows;
  }

  /**
   * Agreement rows: courses with an OC endpoint on both MADRS and PHQ-9, per report study and
   * course number, for response and remission.
   */
  static List<AgreementRow> agreement(Dataset<Row> pooledOutcomes) {
    Dataset<Row> oc =
        pooledOutcomes.filter(col("responder_oc").isNotNull().and(col("remitter_oc").isNotNull()));
    Dataset<Row> madrs = oc.filter(col("scale").equalTo("MADRS")).as("m");
    Dataset<Row> phq9 = oc.filter(col("scale").equalTo("PHQ9")).as("p");
    List<Row> pairs =
        madrs
            .join(
                phq9,
                col("m.report_study")
                    .equalTo(col("p.report_study"))
                    .and(col("m.study_id").equalTo(col("p.study_id")))
                    .and(col("m.subject_id").equalTo(col("p.subject_id")))
                    .and(col("m.course_number").equalTo(col("p.course_number"))))
            .select(
                col("m.report_study"),
                col("m.course_number"),
                col("m.responder_oc"),
                col("p.responder_oc"),
                col("m.remitter_oc"),
                col("p.remitter_oc"),
                col("m.pchg_oc"),
                col("p.pchg_oc"),
                col("m.subject_id"))
            // A total order (subject ids repeat across studies under ALL), so that the
            // correlation's sums run in the same order on every run and cluster.
            .orderBy(
                col("m.report_study"),
                col("m.course_number"),
                col("m.study_id"),
                col("m.subject_id"))
            .collectAsList();
    Map<String, List<Row>> byGroup = new TreeMap<>();
    for (Row r : pairs) {
      byGroup.computeIfAbsent(r.getString(0) + SEP + r.getInt(1), k -> new ArrayList<>()).add(r);
    }
    List<AgreementRow> rows = new ArrayList<>();
    byGroup.forEach(
        (key, group) -> {
          String[] k = key.split(SEP, -1);
          List<double[]> pchg = new ArrayList<>();
          for (Row r : group) {
            if (!r.isNullAt(6) && !r.isNullAt(7)) {
              pchg.add(new double[] {r.getDouble(6), r.getDouble(7)});
            }
          }
          double[] m = pchg.stream().mapToDouble(p -> p[0]).toArray();
          double[] p = pchg.stream().mapToDouble(q -> q[1]).toArray();
          for (String endpoint : List.of("response", "remission")) {
            int first = endpoint.equals("response") ? 2 : 4;
            int both = 0;
            int madrsOnly = 0;
            int phq9Only = 0;
            int neither = 0;
            for (Row r : group) {
              boolean a = r.getBoolean(first);
              boolean b = r.getBoolean(first + 1);
              if (a && b) {
                both++;
              } else if (a) {
                madrsOnly++;
              } else if (b) {
                phq9Only++;
              } else {
                neither++;
              }
            }
            AgreementRow row =
                ScaleAgreement.row(
                    k[0],
                    Integer.parseInt(k[1]),
                    endpoint,
                    new TwoByTwo(both, madrsOnly, phq9Only, neither),
                    m,
                    p);
            if (row != null) {
              rows.add(row);
            }
          }
        });
    rows.sort(
        Comparator.comparing(AgreementRow::studyId, ReportOrder.STUDY)
            .thenComparingInt(AgreementRow::courseNumber)
            .thenComparing(r -> r.endpoint().equals("response") ? 0 : 1));
    return rows;
  }
}
