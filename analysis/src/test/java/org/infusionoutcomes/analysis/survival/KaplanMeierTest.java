package org.infusionoutcomes.analysis.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.infusionoutcomes.analysis.rates.StandardNormal;
import org.junit.jupiter.api.Test;

/** Small cases that can be checked by hand; the R comparison is {@link SurvivalGoldenTest}. */
class KaplanMeierTest {

  private static final boolean E = true;
  private static final boolean C = false;

  private static KmCurve km(double[] time, boolean[] event) {
    return KaplanMeier.estimate(time, event, ConfType.LOG);
  }

  @Test
  void censoredAtEventTimeStayAtRisk() {
    KmCurve curve = km(new double[] {3, 3, 5}, new boolean[] {E, C, E});
    KmStep atThree = curve.steps().get(0);
    assertThat(atThree.nRisk()).isEqualTo(3);
    assertThat(atThree.nEvent()).isEqualTo(1);
    assertThat(atThree.nCensor()).isEqualTo(1);
    assertThat(atThree.survival()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(curve.steps().get(1).nRisk()).isEqualTo(1);
  }

  @Test
  void oneStepPerDistinctEventOrCensoringTime() {
    KmCurve curve = km(new double[] {4, 2, 2, 9, 4}, new boolean[] {C, E, E, C, E});
    assertThat(curve.steps()).extracting(KmStep::time).containsExactly(2.0, 4.0, 9.0);
    assertThat(curve.n()).isEqualTo(5);
    assertThat(curve.events()).isEqualTo(3);
    assertThat(curve.censored()).isEqualTo(2);
  }

  @Test
  void stdErrIsSurvivalTimesRootOfGreenwoodSum() {
    KmCurve curve = km(new double[] {1, 2, 3, 4}, new boolean[] {E, C, E, C});
    // S(1) = 3/4, Greenwood 1/(4*3); S(3) = 3/4 * 1/2, Greenwood + 1/(2*1).
    assertThat(curve.steps().get(0).stdErr()).isCloseTo(0.75 * Math.sqrt(1.0 / 12), within(1e-15));
    assertThat(curve.steps().get(2).stdErr())
        .isCloseTo(0.375 * Math.sqrt(1.0 / 12 + 0.5), within(1e-15));
  }

  @Test
  void logIntervalIsSymmetricOnLogScaleAndCappedAtOne() {
    KmStep step = km(new double[] {1, 2}, new boolean[] {E, C}).steps().get(0);
    double se = Math.sqrt(1.0 / 2);
    assertThat(step.ciLow()).isCloseTo(0.5 * Math.exp(-StandardNormal.Z_95 * se), within(1e-15));
    assertThat(step.ciHigh()).isEqualTo(1.0);
  }

  @Test
  void plainIntervalIsClippedToZeroAndOne() {
    KmStep step =
        KaplanMeier.estimate(new double[] {1, 2}, new boolean[] {E, C}, ConfType.PLAIN)
            .steps()
            .get(0);
    assertThat(step.ciLow()).isEqualTo(0.0);
    assertThat(step.ciHigh()).isEqualTo(1.0);
  }

  @Test
  void survivalZeroHasEmptyStdErrAndInterval() {
    for (ConfType type : ConfType.values()) {
      KmStep last =
          KaplanMeier.estimate(new double[] {1, 2}, new boolean[] {E, E}, type).steps().get(1);
      assertThat(last.survival()).isEqualTo(0.0);
      assertThat(last.stdErr()).as(type.id()).isNull();
      assertThat(last.ciLow()).as(type.id()).isNull();
      assertThat(last.ciHigh()).as(type.id()).isNull();
    }
  }

  @Test
  void survivalOneBeforeFirstEventHasZeroStdErrAndIntervalOneToOneForEveryType() {
    for (ConfType type : ConfType.values()) {
      KmStep first =
          KaplanMeier.estimate(new double[] {1, 2, 3}, new boolean[] {C, E, C}, type)
              .steps()
              .get(0);
      assertThat(first.survival()).isEqualTo(1.0);
      assertThat(first.stdErr()).isEqualTo(0.0);
      assertThat(first.ciLow()).as(type.id()).isEqualTo(1.0);
      assertThat(first.ciHigh()).as(type.id()).isEqualTo(1.0);
    }
  }

  @Test
  void medianIsMidpointWhenCurveIsFlatAtHalf() {
    KmCurve curve = km(new double[] {2, 3, 6, 8}, new boolean[] {E, E, E, E});
    assertThat(curve.q1().time()).isEqualTo(2.5);
    assertThat(curve.median().time()).isEqualTo(4.5);
    assertThat(curve.q3().time()).isEqualTo(7.0);
  }

  @Test
  void medianIsMidpointWithinToleranceWhenHalfIsOnlyReachedUpToRounding() {
    // S = 5/6 * 3/5 at day 2, which floating point does not make exactly 0.5.
    KmCurve curve = km(new double[] {1, 2, 2, 4, 6, 9}, new boolean[] {E, E, E, C, E, C});
    assertThat(curve.median().time()).isEqualTo(4.0);
  }

  @Test
  void medianOfCurveEndingFlatAtHalfIsMidpointWithLastTime() {
    KmCurve curve = km(new double[] {1, 2, 5, 9}, new boolean[] {E, E, C, C});
    assertThat(curve.median().time()).isEqualTo(5.5);
  }

  @Test
  void quantileIsFirstTimeBelowWhenNotFlat() {
    KmCurve curve = km(new double[] {2, 3, 6}, new boolean[] {E, E, E});
    // S = 2/3, 1/3, 0: first below 0.5 at day 3.
    assertThat(curve.median().time()).isEqualTo(3.0);
  }

  @Test
  void medianIsEmptyWhenNeverReached() {
    // S = 5/6, then 4/6 from day 2 on.
    KmCurve curve = km(new double[] {1, 2, 5, 7, 9, 11}, new boolean[] {E, E, C, C, C, C});
    KmQuantile median = curve.median();
    assertThat(median.time()).isNull();
    assertThat(median.ciHigh()).isNull();
    assertThat(curve.q1().time()).isEqualTo(2.0);
  }

  @Test
  void allCensoredHasNoQuantiles() {
    KmCurve curve = km(new double[] {3, 8}, new boolean[] {C, C});
    assertThat(List.of(curve.q1(), curve.median(), curve.q3()))
        .allSatisfy(q -> assertThat(q.time()).isNull());
  }

  @Test
  void landmarkBeyondLastObservedTimeIsEmpty() {
    KmCurve curve = km(new double[] {1, 5}, new boolean[] {E, C});
    assertThat(curve.survivalAt(5).isEmpty()).isFalse();
    LandmarkSurvival beyond = curve.survivalAt(5.5);
    assertThat(beyond.isEmpty()).isTrue();
    assertThat(beyond.stdErr()).isNull();
    assertThat(beyond.ciLow()).isNull();
    assertThat(beyond.ciHigh()).isNull();
  }

  @Test
  void landmarkBeforeFirstEventIsOneWithIntervalOneToOne() {
    for (ConfType type : ConfType.values()) {
      KmCurve curve = KaplanMeier.estimate(new double[] {2, 4, 6}, new boolean[] {C, E, C}, type);
      for (double t : new double[] {0, 1, 2, 3}) {
        assertThat(curve.survivalAt(t))
            .as(type.id() + " at " + t)
            .isEqualTo(new LandmarkSurvival(t, 1.0, 0.0, 1.0, 1.0));
      }
    }
  }

  @Test
  void landmarkAtObservedTimeUsesValueAtThatTime() {
    KmCurve curve = km(new double[] {2, 4, 6}, new boolean[] {E, E, C});
    assertThat(curve.survivalAt(4).survival()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(curve.survivalAt(3.9).survival()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void medianFollowUpIsMedianOfReverseKaplanMeier() {
    // Reverse: censorings at 2, 3, 4 are the events, the event at 1 is censored.
    assertThat(KaplanMeier.medianFollowUp(new double[] {1, 2, 3, 4}, new boolean[] {E, C, C, C}))
        .isEqualTo(3.0);
  }

  @Test
  void medianFollowUpIsEmptyWhenEveryoneHasTheEvent() {
    assertThat(KaplanMeier.medianFollowUp(new double[] {1, 2}, new boolean[] {E, E})).isNull();
  }

  @Test
  void emptyGroupHasNoStepsAndEmptyStatistics() {
    KmCurve curve = km(new double[0], new boolean[0]);
    assertThat(curve.steps()).isEmpty();
    assertThat(curve.median().time()).isNull();
    assertThat(curve.survivalAt(7).isEmpty()).isTrue();
  }

  @Test
  void invalidInputIsRejected() {
    assertThatThrownBy(() -> km(new double[] {-1}, new boolean[] {E}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time[0]");
    assertThatThrownBy(() -> km(new double[] {Double.NaN}, new boolean[] {E}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> km(new double[] {1, 2}, new boolean[] {E}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> km(new double[] {1}, new boolean[] {E}).quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> km(new double[] {1}, new boolean[] {E}).survivalAt(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void confTypeIdsRoundTripAndUnknownIdNamesTheChoices() {
    for (ConfType type : ConfType.values()) {
      assertThat(ConfType.fromId(type.id())).isSameAs(type);
    }
    assertThat(ConfType.fromId("log-log")).isSameAs(ConfType.LOG_LOG);
    assertThatThrownBy(() -> ConfType.fromId("loglog"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("log, log-log, plain");
  }
}
