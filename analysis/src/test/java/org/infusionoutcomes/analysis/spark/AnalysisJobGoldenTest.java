package org.infusionoutcomes.analysis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.infusionoutcomes.analysis.rates.GoldenFiles;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;
import org.infusionoutcomes.analysis.settings.AnalysisSettings;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report tables, as the analyse stage computes them through Spark (grouping, pooling, the
 * per-group estimators), against R's output for the golden cases: each case is a study, each of its
 * groups a course number. Every number must match R to 1e-6.
 */
class AnalysisJobGoldenTest {
  private static final double TOL = GoldenFiles.TOLERANCE;
  private static final AnalysisSettings CONFIG = AnalysisSettings.defaults();
  private static Map<String, SurvivalSummaryRow> summaries;
  private static Map<String, List<KmRow>> curves;
  private static Map<String, LogRankRow> logRanks;
  private static final Map<String, Integer> GROUP_NUMBERS = new HashMap<>();

  private static int course(String group) {
    return group.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(group)
        : GROUP_NUMBERS.computeIfAbsent(group, g -> 100 + g.charAt(0) - 'A');
  }

  private static String key(String study, int course) {
    return study + "|" + course;
  }

  @BeforeAll
  static void analyseGoldenCases() {
    SparkSession spark = SharedSpark.get();
    StructType schema =
        new StructType()
            .add("endpoint", DataTypes.StringType)
            .add("report_study", DataTypes.StringType)
            .add("scale", DataTypes.StringType)
            .add("course_number", DataTypes.IntegerType)
            .add("time_days", DataTypes.IntegerType)
            .add("cnsr", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> c : GoldenFiles.read("cases.csv")) {
      rows.add(
          RowFactory.create(
              TteRecord.DURABILITY,
              c.get("case_id"),
              "MADRS",
              course(c.get("group")),
              (int) Double.parseDouble(c.get("time")),
              "1".equals(c.get("status")) ? 0 : 1));
    }
    Dataset<Row> tte = spark.createDataFrame(rows, schema);
    summaries = new HashMap<>();
    curves = new HashMap<>();
    logRanks = new HashMap<>();
    for (SurvivalGroupResult r : AnalysisJob.survival(tte, CONFIG)) {
      if (r.summary() != null) {
        summaries.put(key(r.summary().studyId(), r.summary().courseNumber()), r.summary());
      } else if (r.km() != null) {
        curves
            .computeIfAbsent(key(r.km().studyId(), r.km().courseNumber()), k -> new ArrayList<>())
            .add(r.km());
      } else {
        logRanks.put(r.logRank().studyId(), r.logRank());
      }
    }
    curves.values().forEach(l -> l.sort((a, b) -> Double.compare(a.timeDays(), b.timeDays())));
  }

  private static Double num(String s) {
    return s == null || s.isEmpty() ? null : Double.valueOf(s);
  }

  private static void near(Double actual, String expected, String what) {
    Double e = num(expected);
    if (e == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what).isNotNull();
      assertThat(actual).as(what).isCloseTo(e, within(TOL * Math.max(1, Math.abs(e))));
    }
  }

  @Test
  void summaryCountsMediansQuartilesAndFollowUpMatchR() {
    int checked = 0;
    for (Map<String, String> g : GoldenFiles.read("km_counts.csv")) {
      String k = key(g.get("case_id"), course(g.get("group")));
      SurvivalSummaryRow s = summaries.get(k);
      assertThat(s).as(k).isNotNull();
      assertThat(s.n()).as(k + " n").isEqualTo(Integer.parseInt(g.get("n")));
      assertThat(s.events()).as(k + " events").isEqualTo(Integer.parseInt(g.get("events")));
      assertThat(s.censored()).as(k + " censored").isEqualTo(Integer.parseInt(g.get("censored")));
      near(s.medianFollowupDays(), g.get("median_followup"), k + " median follow-up");
      checked++;
    }
    for (Map<String, String> q : GoldenFiles.read("km_quantiles.csv")) {
      if (!"log".equals(q.get("conf_type"))) {
        continue;
      }
      String k = key(q.get("case_id"), course(q.get("group")));
      SurvivalSummaryRow s = summaries.get(k);
      switch (q.get("p")) {
        case "0.5" -> {
          near(s.medianDays(), q.get("time"), k + " median");
          near(s.medianCiLow(), q.get("ci_low"), k + " median ci low");
          near(s.medianCiHigh(), q.get("ci_high"), k + " median ci high");
        }
        case "0.25" -> near(s.q1Days(), q.get("time"), k + " q1");
        case "0.75" -> near(s.q3Days(), q.get("time"), k + " q3");
        default -> {}
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void landmarkSurvivalMatchesR() {
    Map<String, Map<String, String>> golden = new HashMap<>();
    for (Map<String, String> l : GoldenFiles.read("km_landmarks.csv")) {
      if ("log".equals(l.get("conf_type"))) {
        golden.put(
            key(l.get("case_id"), course(l.get("group")))
                + "@"
                + num(l.get("time")).intValue()
                + "/"
                + l.get("time"),
            l);
      }
    }
    int checked = 0;
    for (Map.Entry<String, SurvivalSummaryRow> e : summaries.entrySet()) {
      for (SurvivalSummaryRow.Landmark l : e.getValue().landmarks()) {
        Map<String, String> g = golden.get(e.getKey() + "@" + l.day() + "/" + l.day());
        if (g == null) {
          // R's summary(times =, extend = FALSE) drops a time beyond the last observation: empty
          // here.
          assertThat(l.survival()).as(e.getKey() + " day " + l.day()).isNull();
        } else {
          near(l.survival(), g.get("survival"), e.getKey() + " S(" + l.day() + ")");
          near(l.ciLow(), g.get("ci_low"), e.getKey() + " S(" + l.day() + ") low");
          near(l.ciHigh(), g.get("ci_high"), e.getKey() + " S(" + l.day() + ") high");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void kmRowsMatchRStepForStep() {
    Map<String, List<Map<String, String>>> golden = new HashMap<>();
    for (Map<String, String> s : GoldenFiles.read("km_steps.csv")) {
      if ("log".equals(s.get("conf_type"))) {
        golden
            .computeIfAbsent(key(s.get("case_id"), course(s.get("group"))), k -> new ArrayList<>())
            .add(s);
      }
    }
    int checked = 0;
    for (Map.Entry<String, List<Map<String, String>>> e : golden.entrySet()) {
      List<KmRow> mine = curves.getOrDefault(e.getKey(), List.of());
      assertThat(mine).as(e.getKey()).hasSize(e.getValue().size());
      for (int i = 0; i < mine.size(); i++) {
        KmRow m = mine.get(i);
        Map<String, String> g = e.getValue().get(i);
        String what = e.getKey() + " t=" + g.get("time");
        near(m.timeDays(), g.get("time"), what);
        assertThat(m.nRisk()).as(what + " n_risk").isEqualTo(Integer.parseInt(g.get("n_risk")));
        assertThat(m.nEvent()).as(what + " n_event").isEqualTo(Integer.parseInt(g.get("n_event")));
        assertThat(m.nCensor())
            .as(what + " n_censor")
            .isEqualTo(Integer.parseInt(g.get("n_censor")));
        near(m.survival(), g.get("survival"), what + " survival");
        near(m.stdErr(), g.get("std_err"), what + " std_err");
        near(m.ciLow(), g.get("ci_low"), what + " ci_low");
        near(m.ciHigh(), g.get("ci_high"), what + " ci_high");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void logRankRowsMatchRWhereTwoOrMoreCoursesExist() {
    int checked = 0;
    for (Map<String, String> g : GoldenFiles.read("logrank.csv")) {
      if (g.get("groups").split(";").length < 2) {
        continue;
      }
      LogRankRow r = logRanks.get(g.get("case_id"));
      assertThat(r).as(g.get("case_id")).isNotNull();
      assertThat(r.groups()).isEqualTo(g.get("groups"));
      assertThat(r.endpoint()).isEqualTo(TteRecord.DURABILITY);
      near(r.chisq(), g.get("chisq"), g.get("case_id") + " chisq");
      assertThat(r.df()).as(g.get("case_id") + " df").isEqualTo(Integer.parseInt(g.get("df")));
      near(r.pValue(), g.get("p_value"), g.get("case_id") + " p");
      checked++;
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(logRanks.values())
        .allSatisfy(r -> assertThat(Objects.requireNonNull(r.groups())).contains(";"));
  }
}
