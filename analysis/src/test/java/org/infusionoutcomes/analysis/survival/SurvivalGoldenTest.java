package org.infusionoutcomes.analysis.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.assertClose;
import static org.infusionoutcomes.analysis.rates.GoldenFiles.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.infusionoutcomes.analysis.rates.GoldenFiles;
import org.infusionoutcomes.analysis.survival.GoldenCases.Curve;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every number of the survival golden files (written by {@code make-golden.R} from R {@code
 * survival}) against the Java implementation, to 1e-6. One dynamic test per curve and interval type
 * so that a failure names the case.
 */
class SurvivalGoldenTest {

  private static final List<Curve> CURVES = GoldenCases.curves();

  @Test
  void everyCurveOfTheCasesHasGoldenRows() {
    for (String file : List.of("km_steps.csv", "km_quantiles.csv", "km_landmarks.csv")) {
      Map<String, List<Map<String, String>>> golden = byCurveAndType(file);
      for (Curve curve : CURVES) {
        for (ConfType type : ConfType.values()) {
          assertThat(golden).as(file).containsKey(curve.key() + "/" + type.id());
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> stepsEqualSummarySurvfitCensoredTrue() {
    Map<String, List<Map<String, String>>> golden = byCurveAndType("km_steps.csv");
    return perCurveAndType(
        (curve, type) -> {
          List<Map<String, String>> rows = golden.get(curve.key() + "/" + type.id());
          List<KmStep> steps = KaplanMeier.estimate(curve.time(), curve.event(), type).steps();
          assertThat(steps).as("number of steps").hasSize(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            KmStep s = steps.get(i);
            String at = "t=" + r.get("time");
            assertClose(at + " time", number(r.get("time")), s.time());
            assertThat(s.nRisk()).as(at + " n_risk").isEqualTo(Integer.parseInt(r.get("n_risk")));
            assertThat(s.nEvent())
                .as(at + " n_event")
                .isEqualTo(Integer.parseInt(r.get("n_event")));
            assertThat(s.nCensor())
                .as(at + " n_censor")
                .isEqualTo(Integer.parseInt(r.get("n_censor")));
            assertClose(at + " survival", number(r.get("survival")), s.survival());
            assertClose(at + " std_err", number(r.get("std_err")), s.stdErr());
            assertClose(at + " ci_low", limit(type, r, "ci_low"), s.ciLow());
            assertClose(at + " ci_high", limit(type, r, "ci_high"), s.ciHigh());
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> quantilesEqualQuantileSurvfit() {
    Map<String, List<Map<String, String>>> golden = byCurveAndType("km_quantiles.csv");
    return perCurveAndType(
        (curve, type) -> {
          KmCurve km = KaplanMeier.estimate(curve.time(), curve.event(), type);
          List<Map<String, String>> rows = golden.get(curve.key() + "/" + type.id());
          assertThat(rows).hasSize(3);
          for (Map<String, String> r : rows) {
            double p = Double.parseDouble(r.get("p"));
            KmQuantile q = km.quantile(p);
            KmQuantile named = p == 0.25 ? km.q1() : p == 0.5 ? km.median() : km.q3();
            assertThat(named).isEqualTo(q);
            String at = "p=" + p;
            assertClose(at + " time", number(r.get("time")), q.time());
            assertClose(at + " ci_low", number(r.get("ci_low")), q.ciLow());
            assertClose(at + " ci_high", number(r.get("ci_high")), q.ciHigh());
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> landmarksEqualSummarySurvfitTimes() {
    Map<String, List<Map<String, String>>> golden = byCurveAndType("km_landmarks.csv");
    return perCurveAndType(
        (curve, type) -> {
          KmCurve km = KaplanMeier.estimate(curve.time(), curve.event(), type);
          List<Map<String, String>> rows = golden.get(curve.key() + "/" + type.id());
          for (Map<String, String> r : rows) {
            double t = Double.parseDouble(r.get("time"));
            LandmarkSurvival s = km.survivalAt(t);
            String at = "landmark " + t;
            assertThat(s.time()).isEqualTo(t);
            assertClose(at + " survival", number(r.get("survival")), s.survival());
            assertClose(at + " std_err", number(r.get("std_err")), s.stdErr());
            assertClose(at + " ci_low", limit(type, r, "ci_low"), s.ciLow());
            assertClose(at + " ci_high", limit(type, r, "ci_high"), s.ciHigh());
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> countsAndReverseKmFollowUpEqualR() {
    Map<String, Map<String, String>> golden = new LinkedHashMap<>();
    GoldenFiles.read("km_counts.csv")
        .forEach(r -> golden.put(Curve.key(r.get("case_id"), r.get("group")), r));
    return CURVES.stream()
        .map(
            curve ->
                DynamicTest.dynamicTest(
                    curve.key(),
                    () -> {
                      Map<String, String> r = golden.get(curve.key());
                      assertThat(r).as("golden row").isNotNull();
                      KmCurve km = KaplanMeier.estimate(curve.time(), curve.event(), ConfType.LOG);
                      assertThat(km.n()).isEqualTo(Integer.parseInt(r.get("n")));
                      assertThat(km.events()).isEqualTo(Integer.parseInt(r.get("events")));
                      assertThat(km.censored()).isEqualTo(Integer.parseInt(r.get("censored")));
                      assertClose(
                          "median follow-up",
                          number(r.get("median_followup")),
                          KaplanMeier.medianFollowUp(curve.time(), curve.event()));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> logRankEqualsSurvdiff() {
    Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
    GoldenFiles.read("logrank_groups.csv")
        .forEach(r -> groups.computeIfAbsent(r.get("case_id"), k -> new ArrayList<>()).add(r));
    return GoldenFiles.read("logrank.csv").stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.get("case_id"),
                    () -> {
                      GoldenCases.Pooled data = GoldenCases.pooled(r.get("case_id"));
                      LogRankResult result = LogRank.test(data.time(), data.event(), data.group());
                      assertThat(String.join(";", labels(result))).isEqualTo(r.get("groups"));
                      assertClose("chisq", number(r.get("chisq")), result.chisq());
                      assertThat(result.df()).as("df").isEqualTo(Integer.parseInt(r.get("df")));
                      assertClose("p", number(r.get("p_value")), result.pValue());
                      for (Map<String, String> g : groups.get(r.get("case_id"))) {
                        LogRankGroup mine =
                            result.groups().stream()
                                .filter(x -> x.group().equals(g.get("group")))
                                .findFirst()
                                .orElseThrow();
                        String what = "group " + g.get("group");
                        assertThat(mine.n())
                            .as(what + " n")
                            .isEqualTo(Integer.parseInt(g.get("n")));
                        assertClose(what + " observed", number(g.get("observed")), mine.observed());
                        assertClose(what + " expected", number(g.get("expected")), mine.expected());
                      }
                      if (Arrays.stream(data.group()).allMatch(g -> g.matches("\\d+"))) {
                        int[] codes =
                            Arrays.stream(data.group()).mapToInt(Integer::parseInt).toArray();
                        assertThat(LogRank.test(data.time(), data.event(), codes))
                            .isEqualTo(result);
                      }
                    }));
  }

  /**
   * The golden limit, with the one documented departure from R: where S = 1 R's {@code log-log}
   * limits are NA (log(-log 1) is infinite), while docs/statistics.md ("Where we depart from R")
   * reports the certain interval 1–1.
   */
  private static Double limit(ConfType type, Map<String, String> row, String column) {
    Double r = number(row.get(column));
    if (r == null
        && type == ConfType.LOG_LOG
        && Double.valueOf(1.0).equals(number(row.get("survival")))) {
      return 1.0;
    }
    return r;
  }

  private static List<String> labels(LogRankResult result) {
    return result.groups().stream().map(LogRankGroup::group).toList();
  }

  private interface CurveCheck {
    void check(Curve curve, ConfType type);
  }

  private static Stream<DynamicTest> perCurveAndType(CurveCheck check) {
    return CURVES.stream()
        .flatMap(
            curve ->
                Arrays.stream(ConfType.values())
                    .map(
                        type ->
                            DynamicTest.dynamicTest(
                                curve.key() + " " + type.id(), () -> check.check(curve, type))));
  }

  private static Map<String, List<Map<String, String>>> byCurveAndType(String file) {
    Map<String, List<Map<String, String>>> byKey = new LinkedHashMap<>();
    for (Map<String, String> r : GoldenFiles.read(file)) {
      String key = Curve.key(r.get("case_id"), r.get("group")) + "/" + r.get("conf_type");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    return byKey;
  }
}
