package org.infusionoutcomes.analysis.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.infusionoutcomes.analysis.survival.ConfType;
import org.infusionoutcomes.analysis.survival.KaplanMeier;
import org.infusionoutcomes.analysis.survival.KmCurve;
import org.infusionoutcomes.analysis.survival.KmStep;
import org.junit.jupiter.api.Test;

class KmCoarseningTest {

  private static boolean safe(long count, int n, int k) {
    return count == 0 || count >= k || count == n;
  }

  @Test
  void stepsHoldMultiplesOfKAndEveryCountShownIsZeroOrAtLeastK() {
    Random random = new Random(42);
    for (int k : new int[] {3, 5, 11}) {
      for (int trial = 0; trial < 300; trial++) {
        int n = k + random.nextInt(60);
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        for (int i = 0; i < n; i++) {
          time[i] = 1 + random.nextInt(90);
          event[i] = random.nextDouble() < 0.6;
        }
        KmCoarsening.Data d = KmCoarsening.coarsen(time, event, k);
        if (d == null) {
          continue;
        }
        assertThat(d.n()).isEqualTo(n);
        KmCurve c = KaplanMeier.estimate(d.time(), d.event(), ConfType.LOG);
        int previousRisk = n;
        for (KmStep s : c.steps()) {
          assertThat(s.nEvent() % k).as("events at a step").isZero();
          assertThat(safe(s.nRisk(), n, k)).as("at risk %s", s.nRisk()).isTrue();
          assertThat(safe(s.nCensor(), n, k)).as("censored %s", s.nCensor()).isTrue();
          // at-risk differences between steps are whole multiples of k
          assertThat((previousRisk - s.nRisk()) % k).as("at-risk difference").isZero();
          previousRisk = s.nRisk() - s.nEvent() - s.nCensor();
        }
        assertThat(safe(c.events(), n, k)).isTrue();
        assertThat(safe(c.censored(), n, k)).isTrue();
      }
    }
  }

  @Test
  void aCurveRoundsItsEventsDown() {
    // 10 courses, k = 5: events on days 1, 2, 3, 4, 5, 6, 7 and 3 censored on day 9
    double[] time = {1, 2, 3, 4, 5, 6, 7, 9, 9, 9};
    boolean[] event = {true, true, true, true, true, true, true, false, false, false};

    KmCoarsening.Data d = KmCoarsening.coarsen(time, event, 5);
    KmCurve c = KaplanMeier.estimate(d.time(), d.event(), ConfType.LOG);

    // the 5th event (day 5) is the first step; 7 events only ever show as 5; the curve ends
    // on day 5 with the 5 left censored there
    assertThat(c.steps()).hasSize(1);
    assertThat(c.steps().get(0).time()).isEqualTo(5);
    assertThat(c.steps().get(0).nRisk()).isEqualTo(10);
    assertThat(c.steps().get(0).nEvent()).isEqualTo(5);
    assertThat(c.steps().get(0).nCensor()).isEqualTo(5);
    assertThat(c.steps().get(0).survival()).isEqualTo(0.5);
  }

  @Test
  void noStepToShowGivesNoCurve() {
    // 7 courses, 5 events on day 1 then 2 left: the remainder 2 is below k
    double[] time = {1, 1, 1, 1, 1, 4, 5};
    boolean[] event = {true, true, true, true, true, true, false};
    assertThat(KmCoarsening.coarsen(time, event, 5)).isNull();
  }
}
