package org.infusionoutcomes.analysis.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Small cases that can be checked by hand; the R comparison is {@link SurvivalGoldenTest}. */
class LogRankTest {

  private static final boolean E = true;
  private static final boolean C = false;

  @Test
  void twoGroupsByHand() {
    // Group 1 dies at days 1 and 2, group 2 at days 3 and 4.
    // O1 = 2, E1 = 2/4 + 1/3 = 5/6, V = 1/4 + 2/9 = 17/36, chisq = (7/6)^2 / (17/36) = 49/17.
    LogRankResult r =
        LogRank.test(new double[] {1, 2, 3, 4}, new boolean[] {E, E, E, E}, new int[] {1, 1, 2, 2});
    assertThat(r.groups().get(0).observed()).isEqualTo(2.0);
    assertThat(r.groups().get(0).expected()).isCloseTo(5.0 / 6, within(1e-15));
    assertThat(r.chisq()).isCloseTo(49.0 / 17, within(1e-12));
    assertThat(r.df()).isEqualTo(1);
    assertThat(r.pValue()).isCloseTo(0.08955507, within(1e-8));
    assertThat(r.isTestable()).isTrue();
  }

  @Test
  void identicalGroupsHaveZeroChisq() {
    LogRankResult r =
        LogRank.test(
            new double[] {1, 3, 5, 1, 3, 5},
            new boolean[] {E, C, E, E, C, E},
            new String[] {"a", "a", "a", "b", "b", "b"});
    assertThat(r.chisq()).isCloseTo(0.0, within(1e-12));
    assertThat(r.pValue()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void groupWithoutEventsButAtRiskCountsInDf() {
    LogRankResult r =
        LogRank.test(
            new double[] {1, 2, 3, 4, 9, 9},
            new boolean[] {E, E, E, C, C, C},
            new int[] {1, 1, 2, 2, 3, 3});
    assertThat(r.df()).isEqualTo(2);
    assertThat(r.groups().get(2).observed()).isEqualTo(0.0);
    assertThat(r.groups().get(2).expected()).isGreaterThan(0);
  }

  @Test
  void groupGoneBeforeFirstEventDoesNotCountInDf() {
    LogRankResult r =
        LogRank.test(
            new double[] {5, 6, 7, 8, 1}, new boolean[] {E, E, E, C, C}, new int[] {1, 1, 2, 2, 3});
    assertThat(r.groups()).hasSize(3);
    assertThat(r.groups().get(2).expected()).isEqualTo(0.0);
    assertThat(r.df()).isEqualTo(1);
  }

  @Test
  void noEventsGiveRsZeroChisqOnMinusOneDfAndEmptyP() {
    LogRankResult r = LogRank.test(new double[] {1, 2}, new boolean[] {C, C}, new int[] {1, 2});
    assertThat(r.chisq()).isEqualTo(0.0);
    assertThat(r.df()).isEqualTo(-1);
    assertThat(r.pValue()).isNull();
    assertThat(r.isTestable()).isFalse();
  }

  @Test
  void singularVarianceHasNoStatistic() {
    // Both subjects die on day 1: no variance, R's survdiff stops.
    LogRankResult r = LogRank.test(new double[] {1, 1}, new boolean[] {E, E}, new int[] {1, 2});
    assertThat(r.df()).isEqualTo(1);
    assertThat(r.chisq()).isNull();
    assertThat(r.pValue()).isNull();
    assertThat(r.isTestable()).isFalse();
  }

  @Test
  void integerGroupsAreOrderedNumerically() {
    LogRankResult r =
        LogRank.test(
            new double[] {1, 2, 3, 4}, new boolean[] {E, E, E, E}, new int[] {10, 2, 1, 2});
    assertThat(r.groups()).extracting(LogRankGroup::group).containsExactly("1", "2", "10");
    assertThat(r.groups()).extracting(LogRankGroup::n).containsExactly(1, 2, 1);
  }

  @Test
  void oneGroupIsRejected() {
    assertThatThrownBy(
            () -> LogRank.test(new double[] {1, 2}, new boolean[] {E, E}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two groups");
  }
}
