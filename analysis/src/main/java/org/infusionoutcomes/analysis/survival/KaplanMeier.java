package org.infusionoutcomes.analysis.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Kaplan-Meier product-limit estimator with Greenwood variance, equal to R {@code
 * survfit(Surv(time, status) ~ 1, conf.type = ...)} with the default 95% level and {@code
 * conf.lower = "usual"}.
 */
public final class KaplanMeier {

  private KaplanMeier() {}

  /**
   * The Kaplan-Meier curve of one group.
   *
   * <p>A subject censored at a time when others have the event is still at risk at that time (R's
   * convention). Where S = 0 the standard error and interval are null. Where S = 1 (before the
   * first event) the standard error is 0 and the interval 1–1 for every type; R agrees except for
   * {@code log-log}, where it leaves that interval NA (we report 1–1: docs/statistics.md, "Where we
   * depart from R").
   *
   * @param time follow-up time of each subject (finite, ≥ 0)
   * @param event true where the time is an event, false where it is a censoring
   * @param type confidence interval type
   * @throws IllegalArgumentException when the arrays differ in length or a time is negative or not
   *     finite
   */
  public static KmCurve estimate(double[] time, boolean[] event, ConfType type) {
    if (type == null) {
      throw new IllegalArgumentException("a Kaplan-Meier curve needs a confidence interval type");
    }
    checkInput(time, event);
    int n = time.length;
    int[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted((a, b) -> Double.compare(time[a], time[b]))
            .mapToInt(Integer::intValue)
            .toArray();

    List<KmStep> steps = new ArrayList<>();
    List<double[]> rawLimits = new ArrayList<>();
    int events = 0;
    int atRisk = n;
    double survival = 1;
    double greenwood = 0;
    for (int i = 0; i < n; ) {
      double t = time[order[i]];
      int died = 0;
      int censored = 0;
      int j = i;
      for (; j < n && time[order[j]] == t; j++) {
        if (event[order[j]]) {
          died++;
        } else {
          censored++;
        }
      }
      if (died > 0) {
        survival *= (atRisk - died) / (double) atRisk;
        // Infinite when everyone at risk dies (S = 0); R keeps Inf too and its CI becomes NA.
        greenwood += died / ((double) atRisk * (atRisk - died));
      }
      double seLog = Math.sqrt(greenwood);
      double[] raw = type.rawLimits(survival, seLog);
      rawLimits.add(raw);
      steps.add(
          new KmStep(
              t,
              atRisk,
              died,
              censored,
              survival,
              nullIfNaN(survival * seLog),
              reportedLimit(survival, raw[0]),
              reportedLimit(survival, raw[1])));
      events += died;
      atRisk -= died + censored;
      i = j;
    }
    return new KmCurve(type, n, events, steps, rawLimits.toArray(new double[0][]));
  }

  /**
   * Median follow-up by the reverse Kaplan-Meier method: the median of the curve in which
   * censorings are the events and events are censorings, R {@code survfit(Surv(time, 1 - status) ~
   * 1)}. Null when that curve never falls to 0.5.
   *
   * @param time follow-up time of each subject (finite, ≥ 0)
   * @param event true where the time is an event, false where it is a censoring
   */
  public static Double medianFollowUp(double[] time, boolean[] event) {
    checkInput(time, event);
    boolean[] censored = new boolean[event.length];
    for (int i = 0; i < event.length; i++) {
      censored[i] = !event[i];
    }
    // The interval type does not affect the point estimate.
    return estimate(time, censored, ConfType.LOG).median().time();
  }

  static void checkInput(double[] time, boolean[] event) {
    if (time == null || event == null) {
      throw new IllegalArgumentException("time and event arrays are required");
    }
    if (time.length != event.length) {
      throw new IllegalArgumentException(
          "time and event arrays differ in length: " + time.length + " vs " + event.length);
    }
    for (int i = 0; i < time.length; i++) {
      if (!Double.isFinite(time[i]) || time[i] < 0) {
        throw new IllegalArgumentException(
            "time[" + i + "] = " + time[i] + ": times must be finite and >= 0");
      }
    }
  }

  /** One rule for S = 1 (a certainty, so 1–1) and for R's NA (null). */
  private static Double reportedLimit(double survival, double raw) {
    if (survival == 1) {
      return 1.0;
    }
    return nullIfNaN(raw);
  }

  private static Double nullIfNaN(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
