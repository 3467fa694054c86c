package org.infusionoutcomes.analysis.report.disclosure;

import java.util.TreeMap;

/**
 * The time-to-event data a shareable Kaplan-Meier curve is drawn from (docs/report.md, "Sharing a
 * report outside the team"). The exact curve gives away every small count: a step from 20 at risk
 * to 95% is one event. So, as OpenSAFELY's published curves do, the cumulative events and the
 * cumulative censorings are each rounded down to a multiple of k at every time: a step then holds a
 * multiple of k events and the numbers at risk fall in multiples of k. The curve ends at the last
 * time where the courses still at risk after its events are none or at least k; those are censored
 * there. Every count printed from the result (n, at risk, events, censored, and every difference
 * between them) is 0, at least k, or n.
 */
public final class KmCoarsening {
  private KmCoarsening() {}

  /** Coarsened data: one entry per course, as the estimator takes it. */
  public record Data(double[] time, boolean[] event) {
    public int n() {
      return time.length;
    }
  }

  /**
   * @param time event or censoring time per course
   * @param event true for an event, false for censored
   * @param k the threshold, at least 2
   * @return the coarsened data, with as many courses as the input; null when not even the first
   *     step can be shown (the curve is then not shown)
   */
  public static Data coarsen(double[] time, boolean[] event, int k) {
    int n = time.length;
    TreeMap<Double, long[]> byTime = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      long[] de = byTime.computeIfAbsent(time[i], t -> new long[2]);
      de[event[i] ? 0 : 1]++;
    }
    int m = byTime.size();
    double[] times = new double[m];
    long[] d = new long[m];
    long[] c = new long[m];
    long cumEvents = 0;
    long cumCensored = 0;
    long shownEvents = 0;
    long shownCensored = 0;
    int j = 0;
    for (var e : byTime.entrySet()) {
      cumEvents += e.getValue()[0];
      cumCensored += e.getValue()[1];
      long re = cumEvents / k * k;
      long rc = cumCensored / k * k;
      times[j] = e.getKey();
      d[j] = re - shownEvents;
      c[j] = rc - shownCensored;
      shownEvents = re;
      shownCensored = rc;
      j++;
    }
    // the last kept time whose remainder after its events is 0 or at least k
    int last = -1;
    long atRisk = n;
    long atRiskAtLast = 0;
    for (int i = 0; i < m; i++) {
      if (d[i] + c[i] == 0) {
        continue;
      }
      long remainder = atRisk - d[i];
      if (remainder == 0 || remainder >= k) {
        last = i;
        atRiskAtLast = atRisk;
      }
      atRisk -= d[i] + c[i];
    }
    if (last < 0) {
      return null;
    }
    double[] outTime = new double[n];
    boolean[] outEvent = new boolean[n];
    int o = 0;
    for (int i = 0; i < last; i++) {
      for (long x = 0; x < d[i]; x++, o++) {
        outTime[o] = times[i];
        outEvent[o] = true;
      }
      for (long x = 0; x < c[i]; x++, o++) {
        outTime[o] = times[i];
      }
    }
    for (long x = 0; x < d[last]; x++, o++) {
      outTime[o] = times[last];
      outEvent[o] = true;
    }
    for (long x = 0; x < atRiskAtLast - d[last]; x++, o++) {
      outTime[o] = times[last];
    }
    if (o != n) {
      throw new IllegalStateException("coarsened " + o + " of " + n + " courses");
    }
    return new Data(outTime, outEvent);
  }
}
