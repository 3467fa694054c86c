package org.infusionoutcomes.analysis.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportDataCopy;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.analysis.report.html.ReportFixturesAccess;
import org.infusionoutcomes.analysis.safety.SafetySummaries;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.infusionoutcomes.transform.safety.SuicidalityRule;
import org.junit.jupiter.api.Test;

/**
 * The safety tables shared with {@code min_cell_size}: built by {@link SafetySummaries} from
 * generated subjects of a large and a small study (so every sum the report implies holds), joined
 * to the outcome tables' problem, then suppressed. An attacker who sees every shown count and knows
 * every sum cannot pin down a hidden count from 1 to k - 1; no shown count is small; statistics,
 * rates and the most extreme peak go with their counts.
 */
class SafetySuppressionTest {
  private static final int K = 5;

  // ------------------------------------------------------------------ generated subjects

  /** Subjects of one study: vitals and CADSS per infusion, TEAEs, suicidality items. */
  private record Generated(
      List<InfusionSafety> infusions,
      Map<Integer, List<Double>> sysbpByBin,
      List<AdverseEventCourse> aes,
      Map<Integer, Integer> treatedByCourse,
      List<CourseSuicidality> suicidality) {}

  private static Generated generate(String study, int subjects, long seed) {
    Random rnd = new Random(seed);
    List<InfusionSafety> inf = new ArrayList<>();
    Map<Integer, List<Double>> bins = new LinkedHashMap<>();
    List<AdverseEventCourse> aes = new ArrayList<>();
    Map<Integer, Integer> treated = new LinkedHashMap<>();
    List<CourseSuicidality> sui = new ArrayList<>();
    String[][] terms = {
      {"GASTROINTESTINAL DISORDERS", "NAUSEA"},
      {"GASTROINTESTINAL DISORDERS", "VOMITING"},
      {"NERVOUS SYSTEM DISORDERS", "DIZZINESS"},
      {"NERVOUS SYSTEM DISORDERS", "HEADACHE"},
      {"PSYCHIATRIC DISORDERS", "DISSOCIATION"}
    };
    for (int s = 0; s < subjects; s++) {
      String subject = study + "-" + s;
      // a third of the subjects have a second course
      int courses = s % 3 == 0 ? 2 : 1;
      for (int course = 1; course <= courses; course++) {
        treated.merge(course, 1, Integer::sum);
        // some stop after two or three infusions
        int infusions = 2 + rnd.nextInt(3);
        for (int n = 1; n <= infusions; n++) {
          double pre = 115 + rnd.nextInt(20);
          double peak = pre + 5 + rnd.nextInt(40);
          int ttp = 15 + 5 * rnd.nextInt(6);
          inf.add(infusion(study, subject, course, n, "SYSBP", pre, peak, ttp, peak >= 160));
          double pulse = 60 + rnd.nextInt(30);
          inf.add(infusion(study, subject, course, n, "PULSE", pulse, pulse + 10, 20, null));
          double cadss = rnd.nextInt(10);
          inf.add(infusion(study, subject, course, n, "CADSS", 0.0, cadss + 5, 40, null));
          bins.computeIfAbsent(-15, b -> new ArrayList<>()).add(pre);
          bins.computeIfAbsent(30, b -> new ArrayList<>()).add(peak);
          if (rnd.nextInt(4) == 0) {
            // a few late readings: a bin with a small n
            bins.computeIfAbsent(90, b -> new ArrayList<>()).add(pre + 2);
          }
        }
        for (String[] t : terms) {
          if (rnd.nextInt(4) == 0) {
            int events = 1 + rnd.nextInt(2);
            for (int e = 0; e < events; e++) {
              boolean serious = rnd.nextInt(6) == 0;
              aes.add(
                  new AdverseEventCourse(
                      study,
                      subject,
                      t[1].toLowerCase(),
                      t[1],
                      t[0],
                      serious ? "SEVERE" : "MILD",
                      serious,
                      serious,
                      course * 10 + e,
                      AdverseEventCourse.TEAE,
                      course,
                      "ae.csv",
                      s));
            }
          }
        }
        for (String scale : List.of("PHQ9", "MADRS")) {
          int max = scale.equals("PHQ9") ? 3 : 6;
          int base = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(max + 1);
          int worst = Math.min(max, Math.max(0, base + rnd.nextInt(3) - 1));
          Integer oc = rnd.nextInt(5) == 0 ? null : Math.max(0, worst - rnd.nextInt(3));
          sui.add(
              new CourseSuicidality(
                  study,
                  null,
                  subject,
                  course,
                  scale,
                  base,
                  worst,
                  oc,
                  SuicidalityRule.category(scale, base),
                  SuicidalityRule.category(scale, worst),
                  worst - base >= 1,
                  base == 0 ? worst > 0 : null,
                  base > 0 && oc != null ? oc == 0 : null));
        }
      }
    }
    return new Generated(inf, bins, aes, treated, sui);
  }

  private static InfusionSafety infusion(
      String study,
      String subject,
      int course,
      int number,
      String test,
      double pre,
      double peak,
      int ttp,
      Boolean exceeded) {
    return new InfusionSafety(
        study,
        null,
        subject,
        course,
        number,
        1,
        null,
        test,
        pre,
        -5,
        peak,
        ttp,
        peak - pre,
        3,
        exceeded,
        null,
        "vitals.csv",
        1);
  }

  /** The six tables of two studies and ALL, grouped as the analyse stage groups them. */
  static SafetyTables tables() {
    Map<String, Generated> studies = new LinkedHashMap<>();
    studies.put("BIG", generate("BIG", 14, 7));
    studies.put("SMALL", generate("SMALL", 3, 11));
    Generated all =
        new Generated(
            concat(studies.values(), Generated::infusions),
            mergeBins(studies.values()),
            concat(studies.values(), Generated::aes),
            mergeCounts(studies.values()),
            concat(studies.values(), Generated::suicidality));
    Map<String, Generated> groups = new LinkedHashMap<>(studies);
    groups.put(ReportOrder.ALL, all);
    List<VitalSignsRow> vitals = new ArrayList<>();
    List<VitalSignsTimecourseRow> timecourse = new ArrayList<>();
    List<DissociationRow> cadss = new ArrayList<>();
    List<AdverseEventRow> aes = new ArrayList<>();
    List<SuicidalityShiftRow> shift = new ArrayList<>();
    List<SuicidalitySummaryRow> summary = new ArrayList<>();
    groups.forEach(
        (study, g) -> {
          for (int course = 1; course <= 2; course++) {
            int c = course;
            List<InfusionSafety> ofCourse =
                g.infusions().stream().filter(r -> r.courseNumber() == c).toList();
            for (String test : List.of("SYSBP", "PULSE", "CADSS")) {
              List<InfusionSafety> ofTest =
                  ofCourse.stream().filter(r -> r.test().equals(test)).toList();
              List<String> numbers = new ArrayList<>();
              ofTest.forEach(
                  r -> {
                    if (!numbers.contains(String.valueOf(r.infusionNumber()))) {
                      numbers.add(String.valueOf(r.infusionNumber()));
                    }
                  });
              numbers.add(ReportOrder.ALL);
              for (String n : numbers) {
                List<InfusionSafety> rows =
                    ofTest.stream()
                        .filter(
                            r ->
                                n.equals(ReportOrder.ALL)
                                    || String.valueOf(r.infusionNumber()).equals(n))
                        .toList();
                if (test.equals("CADSS")) {
                  cadss.add(SafetySummaries.dissociation(study, c, n, rows));
                } else {
                  vitals.add(SafetySummaries.vitalSigns(study, test, c, n, rows));
                }
              }
            }
            aes.addAll(
                SafetySummaries.adverseEvents(
                    study,
                    c,
                    g.treatedByCourse().get(c),
                    g.aes().stream().filter(e -> e.courseNumber() == c).toList()));
            for (String scale : List.of("PHQ9", "MADRS")) {
              List<CourseSuicidality> rows =
                  g.suicidality().stream()
                      .filter(r -> r.courseNumber() == c && r.scale().equals(scale))
                      .toList();
              shift.addAll(SafetySummaries.shift(study, scale, c, rows));
              summary.add(SafetySummaries.suicidalitySummary(study, scale, c, rows));
            }
          }
          g.sysbpByBin()
              .forEach(
                  (bin, values) ->
                      timecourse.add(SafetySummaries.timecourse(study, "SYSBP", bin, values)));
        });
    return new SafetyTables(vitals, timecourse, cadss, aes, shift, summary);
  }

  private static <T> List<T> concat(
      java.util.Collection<Generated> gs, Function<Generated, List<T>> f) {
    List<T> out = new ArrayList<>();
    gs.forEach(g -> out.addAll(f.apply(g)));
    return out;
  }

  private static Map<Integer, List<Double>> mergeBins(java.util.Collection<Generated> gs) {
    Map<Integer, List<Double>> out = new LinkedHashMap<>();
    gs.forEach(
        g ->
            g.sysbpByBin()
                .forEach((b, v) -> out.computeIfAbsent(b, x -> new ArrayList<>()).addAll(v)));
    return out;
  }

  private static Map<Integer, Integer> mergeCounts(java.util.Collection<Generated> gs) {
    Map<Integer, Integer> out = new LinkedHashMap<>();
    gs.forEach(g -> g.treatedByCourse().forEach((c, n) -> out.merge(c, n, Integer::sum)));
    return out;
  }

  private static ReportData data() {
    ReportData d = ReportFixturesAccess.withFlowAndWaterfall();
    return ReportDataCopy.of(d)
        .minCellSize(null)
        .safety(tables())
        .timeToRemission(List.of(), List.of())
        .subgroups(List.of())
        .agreement(List.of())
        .build();
  }

  private static boolean small(Integer n, int k) {
    return n != null && n > 0 && n < k;
  }

  // ------------------------------------------------------------------ tests

  @Test
  void noSmallSafetyCountCanBePinnedDown() {
    for (int k : new int[] {3, 5, 11}) {
      CellSuppression problem = SmallCellSuppression.problem(data(), k);
      Set<String> hidden = problem.solve();
      Set<String> shown = new HashSet<>();
      for (String id : problem.cells().keySet()) {
        if (!problem.isDerived(id) && !hidden.contains(id)) {
          shown.add(id);
        }
      }
      DisclosureAuditor attacker =
          new DisclosureAuditor(problem.cells(), shown, problem.relations());
      int small = 0;
      for (String id : problem.cells().keySet()) {
        long v = problem.value(id);
        boolean safety = SAFETY_TABLES.contains(id.substring(0, id.indexOf('\u0000')));
        if (shown.contains(id)) {
          assertThat(v > 0 && v < k).as("k=%d: shown small count %s = %d", k, id, v).isFalse();
        } else if (safety && v > 0 && v < k) {
          small++;
          long[] b = attacker.bounds(id);
          assertThat(b[0])
              .as("k=%d: %s = %d narrowed to [%d, %d]", k, readable(id), v, b[0], b[1])
              .isLessThan(b[1]);
        }
      }
      assertThat(small).as("the safety tables have small counts for k=%d", k).isGreaterThan(10);
    }
  }

  private static final Set<String> SAFETY_TABLES = Set.of("vs", "vtc", "cadss", "ae", "sui");

  private static String readable(String id) {
    return id.replace('\u0000', '|');
  }

  @Test
  void sumsOfTheSafetyTablesAreInTheProblem() {
    CellSuppression problem = SmallCellSuppression.problem(data(), K);
    List<String> totals = new ArrayList<>();
    for (List<String> r : problem.relations()) {
      totals.add(readable(r.get(0)) + " = " + r.subList(1, r.size()).size());
    }
    assertThat(totals)
        // ALL study = the studies
        .anyMatch(t -> t.startsWith("vs|ALL|SYSBP|1|1|n_infusions = 2"))
        // ALL infusion = the numbered rows
        .anyMatch(t -> t.startsWith("cadss|BIG|1|ALL|n = "))
        // a row's complement
        .anyMatch(t -> t.startsWith("ae|BIG|1|n_treated = 2"))
        // the shift grid adds up to n, PHQ-9's baseline-0 row to emergent_n
        .anyMatch(t -> t.equals("sui|BIG|MADRS|1|n = 9"))
        .anyMatch(t -> t.equals("sui|BIG|PHQ9|1|emergent_n = 4"));
  }

  @Test
  void hiddenCountsTakeTheirStatisticsAlong() {
    SafetyTables plain = tables();
    SafetyTables shared = SmallCellSuppression.apply(data(), K).safety();
    assertThat(shared.vitalSigns()).hasSameSizeAs(plain.vitalSigns());

    for (int i = 0; i < shared.vitalSigns().size(); i++) {
      VitalSignsRow r = shared.vitalSigns().get(i);
      VitalSignsRow p = plain.vitalSigns().get(i);
      assertThat(small(r.nInfusions(), K) || small(r.nSubjects(), K) || small(r.exceededN(), K))
          .as("%s", r)
          .isFalse();
      // the most extreme peak is one infusion's value
      assertThat(r.maxPeak()).isNull();
      assertThat(r.suppressed()).contains("max_peak");
      if (small(p.nSubjects(), K) || small(p.nInfusions(), K)) {
        assertThat(r.nInfusions()).isNull();
        assertThat(r.nSubjects()).isNull();
        assertThat(r.exceededN()).isNull();
      }
      if (r.nInfusions() == null || r.nSubjects() == null) {
        assertThat(r.meanPre()).isNull();
        assertThat(r.meanPeak()).isNull();
        assertThat(r.meanChange()).isNull();
        assertThat(r.sdChange()).isNull();
        assertThat(r.meanTimeToPeak()).isNull();
        assertThat(r.suppressed()).contains("mean_peak", "sd_change", "mean_time_to_peak");
      } else {
        assertThat(r.meanPeak()).isEqualTo(p.meanPeak());
      }
      if (r.exceededN() == null || r.nInfusions() == null) {
        assertThat(r.exceededRate()).isNull();
        assertThat(r.exceededCiLow()).isNull();
        assertThat(r.exceededCiHigh()).isNull();
      }
      if (r.exceededN() != null && r.nInfusions() != null) {
        // the complement in the row
        assertThat(small(r.nInfusions() - r.exceededN(), K)).as("%s", r).isFalse();
      }
    }
    // SMALL's 3 subjects: every row of theirs is empty
    assertThat(shared.vitalSigns())
        .filteredOn(r -> r.studyId().equals("SMALL"))
        .isNotEmpty()
        .allMatch(r -> r.nInfusions() == null && r.meanPeak() == null);

    assertThat(shared.vitalSignsTimecourse())
        .filteredOn(r -> r.n() == null)
        .isNotEmpty()
        .allMatch(r -> r.mean() == null && r.sd() == null && r.suppressed().contains("n"));
    assertThat(shared.vitalSignsTimecourse()).noneMatch(r -> small(r.n(), K));

    for (DissociationRow r : shared.dissociation()) {
      assertThat(small(r.n(), K)).isFalse();
      assertThat(r.maxPeak()).isNull();
      if (r.n() == null) {
        assertThat(r.meanPeak()).isNull();
        assertThat(r.sdPeak()).isNull();
        assertThat(r.medianPeak()).isNull();
        assertThat(r.meanChange()).isNull();
      }
    }

    int hiddenAe = 0;
    for (AdverseEventRow r : shared.adverseEvents()) {
      assertThat(small(r.nSubjects(), K) || small(r.nEvents(), K) || small(r.nTreated(), K))
          .as("%s", r)
          .isFalse();
      if (r.nSubjects() == null || r.nTreated() == null) {
        hiddenAe++;
        assertThat(r.pct()).isNull();
        assertThat(r.ciLow()).isNull();
        assertThat(r.suppressed()).contains("pct", "ci_low", "ci_high");
      } else {
        assertThat(small(r.nTreated() - r.nSubjects(), K))
            .as("n_treated - n_subjects %s", r)
            .isFalse();
      }
    }
    assertThat(hiddenAe).isGreaterThan(0);

    assertThat(shared.suicidality()).noneMatch(r -> small(r.n(), K));
    assertThat(shared.suicidality()).filteredOn(r -> r.n() == null).isNotEmpty();
    for (SuicidalitySummaryRow r : shared.suicidalitySummary()) {
      for (Integer c :
          new Integer[] {
            r.n(), r.worsened(), r.emergentN(), r.emergent(), r.resolvedN(), r.resolved()
          }) {
        assertThat(small(c, K)).as("%s", r).isFalse();
      }
      if (r.n() == null || r.worsened() == null) {
        assertThat(r.worsenedRate()).isNull();
        assertThat(r.worsenedCiHigh()).isNull();
      } else {
        assertThat(small(r.n() - r.worsened(), K)).as("%s", r).isFalse();
      }
      if (r.emergentN() == null || r.emergent() == null) {
        assertThat(r.emergentRate()).isNull();
      }
      if (r.resolvedN() == null || r.resolved() == null) {
        assertThat(r.resolvedRate()).isNull();
      }
      if (r.n() != null && r.n() < K) {
        assertThat(r.worsened()).isNull();
      }
      boolean anyHidden =
          r.n() == null
              || r.worsened() == null
              || r.emergentN() == null
              || r.emergent() == null
              || r.resolvedN() == null
              || r.resolved() == null;
      assertThat(r.suppressed().isEmpty()).isEqualTo(!anyHidden);
    }
  }

  @Test
  void withoutSmallCountsNothingButTheMaxPeakIsHidden() {
    SafetyTables t =
        new SafetyTables(
            List.of(
                new VitalSignsRow(
                    "S1", "SYSBP", 1, "1", 20, 20, 120.0, 150.0, 30.0, 5.0, 185.0, 40.0, 10, 0.5,
                    0.3, 0.7, List.of())),
            List.of(new VitalSignsTimecourseRow("S1", "SYSBP", 30, 20, 150.0, 12.0)),
            List.of(),
            List.of(
                new AdverseEventRow("S1", 1, "GI", "NAUSEA", 10, 12, 20, 50.0, 30.0, 70.0),
                new AdverseEventRow("S1", 1, "ALL", "ANY", 10, 12, 20, 50.0, 30.0, 70.0)),
            List.of(),
            List.of());
    ReportData d = data();
    ReportData shared = SmallCellSuppression.apply(ReportDataCopy.of(d).safety(t).build(), K);
    VitalSignsRow v = shared.safety().vitalSigns().get(0);
    assertThat(v.suppressed()).containsExactly("max_peak");
    assertThat(v.nInfusions()).isEqualTo(20);
    assertThat(v.exceededRate()).isEqualTo(0.5);
    assertThat(shared.safety().vitalSignsTimecourse().get(0).suppressed()).isEmpty();
    assertThat(shared.safety().adverseEvents())
        .allMatch(r -> r.suppressed().isEmpty() && r.nSubjects() == 10);
  }
}
