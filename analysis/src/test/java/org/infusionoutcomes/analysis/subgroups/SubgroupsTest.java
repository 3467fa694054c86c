package org.infusionoutcomes.analysis.subgroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.infusionoutcomes.analysis.rates.NewcombeInterval;
import org.infusionoutcomes.analysis.rates.RateDifference;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.junit.jupiter.api.Test;

class SubgroupsTest {

  @Test
  void referenceIsTheLevelWithMostCourses() {
    assertThat(
            Subgroups.referenceLevel(
                List.of(new LevelCounts("F", 12, 6, 3), new LevelCounts("M", 20, 7, 2))))
        .isEqualTo("M");
  }

  @Test
  void tiesForTheReferenceGoToTheFirstLevelInTextOrder() {
    assertThat(
            Subgroups.referenceLevel(
                List.of(
                    new LevelCounts("missing", 9, 1, 0),
                    new LevelCounts("M", 9, 7, 2),
                    new LevelCounts("F", 9, 6, 3))))
        .isEqualTo("F");
  }

  @Test
  void levelsWithoutCoursesHaveNoRowAndCannotBeTheReference() {
    List<SubgroupRow> rows =
        Subgroups.rows(
            "S1",
            "MADRS",
            1,
            "OC",
            "bmi_band",
            List.of(new LevelCounts(">=30", 0, 0, 0), new LevelCounts("<25", 4, 2, 1)));
    assertThat(rows).extracting(SubgroupRow::level).containsExactly("<25");
    assertThat(rows.get(0).referenceLevel()).isEqualTo("<25");
    assertThat(
            Subgroups.rows("S1", "MADRS", 1, "OC", "sex", List.of(new LevelCounts("F", 0, 0, 0))))
        .isEmpty();
  }

  @Test
  void differenceToTheReferenceUsesNewcombeFromWilsonLimits() {
    List<SubgroupRow> rows =
        Subgroups.rows(
            "ALL",
            "PHQ9",
            2,
            "NRI",
            "benzodiazepine",
            List.of(new LevelCounts("yes", 10, 3, 1), new LevelCounts("no", 30, 18, 9)));
    assertThat(rows).extracting(SubgroupRow::level).containsExactly("no", "yes");
    SubgroupRow reference = rows.get(0);
    assertThat(reference.responseDiff()).isEqualTo(0.0);
    assertThat(reference.responseDiffCiLow()).isNull();
    assertThat(reference.responseDiffCiHigh()).isNull();

    SubgroupRow yes = rows.get(1);
    RateDifference expected = NewcombeInterval.of(3, 10, 18, 30);
    assertThat(yes.referenceLevel()).isEqualTo("no");
    assertThat(yes.responseDiff()).isEqualTo(expected.difference()).isEqualTo(0.3 - 0.6);
    assertThat(yes.responseDiffCiLow()).isEqualTo(expected.low()).isLessThan(-0.3);
    assertThat(yes.responseDiffCiHigh()).isEqualTo(expected.high()).isGreaterThan(-0.3);
    assertThat(yes.remissionRate()).isEqualTo(0.1);
    assertThat(yes.remissionCiLow()).isEqualTo(WilsonInterval.of(1, 10).low());
    assertThat(yes.responseCiHigh()).isEqualTo(WilsonInterval.of(3, 10).high());
  }
}
