package org.infusionoutcomes.analysis.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportDataCopy;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.report.html.ReportFixturesAccess;
import org.infusionoutcomes.analysis.subgroups.LevelCounts;
import org.infusionoutcomes.analysis.subgroups.Subgroups;
import org.junit.jupiter.api.Test;

/**
 * The whole report's counts as one problem: after suppression, an attacker who sees every shown
 * count and knows every sum that ties them (complements, pooled rows, flow steps, the same courses
 * in two tables, the waterfall's totals) cannot pin down any hidden count from 1 to k - 1.
 */
class SmallCellSuppressionTest {

  @Test
  void noSmallCountOfTheReportCanBePinnedDown() {
    for (int k : new int[] {3, 5, 11}) {
      ReportData data = ReportFixturesAccess.withFlowAndWaterfall();
      CellSuppression problem = SmallCellSuppression.problem(data, k);
      Set<String> hidden = problem.solve();
      Set<String> shown = new HashSet<>();
      Set<String> unknown = new HashSet<>();
      for (String id : problem.cells().keySet()) {
        if (problem.isDerived(id) || hidden.contains(id)) {
          unknown.add(id);
        } else {
          shown.add(id);
        }
      }
      DisclosureAuditor attacker =
          new DisclosureAuditor(problem.cells(), shown, problem.relations());
      int small = 0;
      for (String id : unknown) {
        long v = problem.value(id);
        if (v > 0 && v < k) {
          small++;
          long[] b = attacker.bounds(id);
          assertThat(b[0])
              .as("k=%d: %s = %d narrowed to [%d, %d]", k, id, v, b[0], b[1])
              .isLessThan(b[1]);
        }
      }
      assertThat(small).as("the fixture has small counts for k=%d", k).isGreaterThan(0);
      for (String id : shown) {
        long v = problem.value(id);
        assertThat(v > 0 && v < k).as("shown small count %s = %d", id, v).isFalse();
      }
    }
  }

  @Test
  void theSuppressedReportListsWhatItHid() {
    ReportData shared = SmallCellSuppression.apply(ReportFixturesAccess.withFlowAndWaterfall(), 5);
    assertThat(shared.minCellSize()).isEqualTo(5);
    assertThat(shared.responseRemission())
        .filteredOn(r -> r.responders() == null)
        .isNotEmpty()
        .allMatch(r -> r.suppressed().contains("responders") && r.responseRate() == null);
    assertThat(shared.populationFlow())
        .filteredOn(r -> r.n() == null)
        .isNotEmpty()
        .allMatch(r -> r.suppressed().equals(List.of("n")));
    assertThat(shared.quality().checks()).allMatch(c -> c.violations() == null);
    assertThat(shared.quality().changesSinceLastRun()).isNull();
  }

  @Test
  void subgroupsAreSuppressedCellByCellAndADifferenceNeedsBothRates() {
    ReportData data = ReportFixturesAccess.withFlowAndWaterfall();
    ReportData shared = SmallCellSuppression.apply(data, 5);
    assertThat(shared.subgroups()).hasSameSizeAs(data.subgroups());
    // the dose level of one course: its row loses every count and statistic
    assertThat(shared.subgroups())
        .filteredOn(r -> r.level().equals(">=1.0"))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.n()).isNull();
              assertThat(r.responders()).isNull();
              assertThat(r.responseRate()).isNull();
              assertThat(r.responseDiff()).isNull();
              assertThat(r.responseDiffCiLow()).isNull();
              assertThat(r.suppressed()).contains("n", "response_rate", "response_diff");
            });
    // two levels of 12 courses with 2 and 3 remitters: n stays, the remitters and their rates go
    assertThat(shared.subgroups())
        .filteredOn(r -> r.factor().equals("sex"))
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.n()).isEqualTo(12);
              assertThat(r.remitters()).isNull();
              assertThat(r.remissionRate()).isNull();
              assertThat(r.suppressed()).contains("remitters", "remission_rate");
            });
    // whatever is shown: no count from 1 to 4, no rate without its count, no difference whose
    // reference level's rate is hidden
    for (SubgroupRow r : shared.subgroups()) {
      for (Integer c : new Integer[] {r.n(), r.responders(), r.remitters()}) {
        assertThat(c == null || c == 0 || c >= 5).as("%s", r).isTrue();
      }
      if (r.responseRate() != null) {
        assertThat(r.n()).isNotNull();
        assertThat(r.responders()).isNotNull();
      }
      SubgroupRow reference =
          shared.subgroups().stream()
              .filter(
                  x ->
                      x.studyId().equals(r.studyId())
                          && x.analysis().equals(r.analysis())
                          && x.factor().equals(r.factor())
                          && x.level().equals(r.referenceLevel()))
              .findFirst()
              .orElseThrow();
      if (r.responseDiff() != null) {
        assertThat(reference.responseRate()).as("reference of %s", r).isNotNull();
        assertThat(r.responseRate()).isNotNull();
      }
    }
  }

  @Test
  void sharingSubgroupsAndAgreementEmptiesNoCellOfTheOtherTables() {
    ReportData d = ReportFixturesAccess.withFlowAndWaterfall();
    ReportData without = withSubgroupsAndAgreement(d, List.of(), List.of());
    for (int k : new int[] {3, 5, 11}) {
      ReportData a = SmallCellSuppression.apply(d, k);
      ReportData b = SmallCellSuppression.apply(without, k);
      assertThat(a.subgroups()).isNotEmpty();
      assertThat(a.responseRemission()).isEqualTo(b.responseRemission());
      assertThat(a.populationFlow()).isEqualTo(b.populationFlow());
      assertThat(a.waterfall()).isEqualTo(b.waterfall());
      assertThat(a.durabilitySummary()).isEqualTo(b.durabilitySummary());
      assertThat(a.trajectory()).isEqualTo(b.trajectory());
      assertThat(a.safety()).isEqualTo(b.safety());
    }
  }

  private static ReportData withSubgroupsAndAgreement(
      ReportData d, List<SubgroupRow> subgroups, List<AgreementRow> agreement) {
    return ReportDataCopy.of(d).minCellSize(null).subgroups(subgroups).agreement(agreement).build();
  }

  @Test
  void aDifferenceGoesWhenTheReferenceLevelsRateIsHidden() {
    ReportData d = ReportFixturesAccess.withFlowAndWaterfall();
    // the reference level (most courses) has 3 responders: its rate is hidden, so no difference
    // to it may be shown, although level B's own counts are not small
    List<SubgroupRow> arm =
        Subgroups.rows(
            "KET-01",
            "MADRS",
            1,
            "OC",
            "arm",
            List.of(new LevelCounts("A", 20, 3, 6), new LevelCounts("B", 15, 7, 6)));
    ReportData data = withSubgroupsAndAgreement(d, arm, d.agreement());
    List<SubgroupRow> shared = SmallCellSuppression.apply(data, 5).subgroups();
    SubgroupRow b = shared.get(1);
    assertThat(b.level()).isEqualTo("B");
    assertThat(b.referenceLevel()).isEqualTo("A");
    assertThat(shared.get(0).responseRate()).isNull();
    assertThat(arm.get(1).responseDiff()).isNotNull();
    assertThat(b.responseDiff()).isNull();
    assertThat(b.responseDiffCiLow()).isNull();
    assertThat(b.responseDiffCiHigh()).isNull();
    assertThat(b.suppressed()).contains("response_diff");
    // its own counts stay (B's 7 responders alone give nothing away)
    assertThat(b.n()).isEqualTo(15);
    assertThat(b.remitters()).isEqualTo(6);
  }

  @Test
  void agreementCellsAreSuppressedAndKappaGoesWithThem() {
    ReportData data = ReportFixturesAccess.withFlowAndWaterfall();
    ReportData shared = SmallCellSuppression.apply(data, 5);
    assertThat(shared.agreement()).hasSameSizeAs(data.agreement());
    // 6 both, 2 MADRS only, 1 PHQ-9 only, 9 neither: the two small cells go, and with them
    // agreement and kappa; n (18) and the correlation of percent changes stay
    AgreementRow response = shared.agreement().get(0);
    assertThat(response.endpoint()).isEqualTo("response");
    assertThat(response.madrsOnly()).isNull();
    assertThat(response.phq9Only()).isNull();
    assertThat(response.n()).isEqualTo(18);
    assertThat(response.agreement()).isNull();
    assertThat(response.kappa()).isNull();
    assertThat(response.kappaCiLow()).isNull();
    assertThat(response.pchgCorrelation()).isEqualTo(data.agreement().get(0).pchgCorrelation());
    assertThat(response.suppressed())
        .contains("madrs_only", "phq9_only", "agreement", "kappa")
        .doesNotContain("n", "pchg_correlation");
    // 18 neither and nothing else: nothing is small, the row is shown as it is
    assertThat(shared.agreement().get(1)).isEqualTo(data.agreement().get(1));
  }
}
