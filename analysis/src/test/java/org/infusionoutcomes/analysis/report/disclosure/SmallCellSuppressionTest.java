package org.infusionoutcomes.analysis.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.html.ReportFixturesAccess;
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
}
