package org.infusionoutcomes.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.infusionoutcomes.analysis.report.html.ReportFixturesAccess;
import org.junit.jupiter.api.Test;

class ReportDataCopyTest {
  private final ReportData d = ReportFixturesAccess.withFlowAndWaterfall();

  @Test
  void aCopyWithNothingReplacedEqualsTheOriginal() {
    assertThat(d.populationFlow()).isNotEmpty();
    assertThat(ReportDataCopy.of(d).build()).isEqualTo(d);
  }

  @Test
  void aSetterReplacesItsPartOnly() {
    ReportData copy = ReportDataCopy.of(d).minCellSize(5).subgroups(List.of()).build();
    assertThat(copy.minCellSize()).isEqualTo(5);
    assertThat(copy.subgroups()).isEmpty();
    assertThat(d.subgroups()).isNotEmpty();
    assertThat(ReportDataCopy.of(copy).minCellSize(null).subgroups(d.subgroups()).build())
        .isEqualTo(d);
  }

  @Test
  void runOnlyKeepsTheRunAndDefinitionsAndEmptiesEveryTable() {
    ReportData r = ReportDataCopy.runOnly(d).build();
    assertThat(r.run()).isEqualTo(d.run());
    assertThat(r.definitions()).isEqualTo(d.definitions());
    assertThat(r.quality()).isNull();
    assertThat(r.safety()).isEqualTo(SafetyTables.empty());
    assertThat(
            List.of(
                r.landmarkDays(),
                r.responseRemission(),
                r.durabilitySummary(),
                r.durabilityKm(),
                r.timeToResponseSummary(),
                r.timeToResponseKm(),
                r.timeToRemissionSummary(),
                r.timeToRemissionKm(),
                r.logRank(),
                r.trajectory(),
                r.populationFlow(),
                r.waterfall(),
                r.subgroups(),
                r.agreement()))
        .allSatisfy(l -> assertThat(l).isEmpty());
  }
}
