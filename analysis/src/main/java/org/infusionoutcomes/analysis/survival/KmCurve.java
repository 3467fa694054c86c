package org.infusionoutcomes.analysis.survival;

import java.util.List;

/**
 * An immutable Kaplan-Meier curve of one group, built by {@link KaplanMeier#estimate}. Holds one
 * {@link KmStep} per distinct event or censoring time, the counts, and answers quantile and
 * landmark questions with R {@code survival}'s rules.
 */
public final class KmCurve {

  private final ConfType confType;
  private final int n;
  private final int events;
  private final List<KmStep> steps;
  // The curve and its bands as quantile.survfit sees them: times with the origin 0 prepended, and
  // cumulative event fractions 1 - S, 1 - lower, 1 - upper (NaN where R's limit is NA).
  private final double[] x;
  private final double[] eventFraction;
  private final double[] eventFractionAtLower;
  private final double[] eventFractionAtUpper;

  KmCurve(ConfType confType, int n, int events, List<KmStep> steps, double[][] rawLimits) {
    this.confType = confType;
    this.n = n;
    this.events = events;
    this.steps = List.copyOf(steps);
    int m = steps.size();
    x = new double[m + 1];
    eventFraction = new double[m + 1];
    eventFractionAtLower = new double[m + 1];
    eventFractionAtUpper = new double[m + 1];
    for (int i = 0; i < m; i++) {
      x[i + 1] = steps.get(i).time();
      eventFraction[i + 1] = 1 - steps.get(i).survival();
      eventFractionAtLower[i + 1] = 1 - rawLimits[i][0];
      eventFractionAtUpper[i + 1] = 1 - rawLimits[i][1];
    }
  }

  /** The confidence interval type of every interval of this curve. */
  public ConfType confType() {
    return confType;
  }

  /** Number of subjects. */
  public int n() {
    return n;
  }

  /** Number of events. */
  public int events() {
    return events;
  }

  /** Number of censored subjects. */
  public int censored() {
    return n - events;
  }

  /** One step per distinct event or censoring time, in time order (R {@code censored = TRUE}). */
  public List<KmStep> steps() {
    return steps;
  }

  /**
   * The time by which a fraction {@code p} of subjects has had the event, with its 95% interval,
   * following R {@code quantile.survfit}: the first time at which S ≤ 1 − p; where S is flat at
   * exactly 1 − p (within 1.5e-8), the midpoint between the start of that flat stretch and the next
   * event time (or the last observed time when the curve ends flat). The interval limits are the
   * same search on the lower and upper confidence bands. Each is null when never reached.
   *
   * @param p fraction with the event, in [0, 1]
   * @throws IllegalArgumentException when {@code p} is outside [0, 1]
   */
  public KmQuantile quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a quantile needs 0 <= p <= 1, got " + p);
    }
    if (steps.isEmpty()) {
      return new KmQuantile(p, null, null, null);
    }
    return new KmQuantile(
        p,
        nullIfNaN(QuantileFinder.find(x, eventFraction, p)),
        nullIfNaN(QuantileFinder.find(x, eventFractionAtLower, p)),
        nullIfNaN(QuantileFinder.find(x, eventFractionAtUpper, p)));
  }

  /** Median time to event ({@code quantile(0.5)}). */
  public KmQuantile median() {
    return quantile(0.5);
  }

  /** Time by which a quarter of subjects has had the event ({@code quantile(0.25)}). */
  public KmQuantile q1() {
    return quantile(0.25);
  }

  /** Time by which three quarters of subjects have had the event ({@code quantile(0.75)}). */
  public KmQuantile q3() {
    return quantile(0.75);
  }

  /**
   * Survival at a landmark time, as R {@code summary(fit, times = t, extend = FALSE)}: the values
   * of the last step at or before {@code t}. Before the first step S = 1 with standard error 0 and
   * interval 1–1. Beyond the last observed time (event or censoring) nothing is known and every
   * value is null.
   *
   * @param t landmark time, ≥ 0
   * @throws IllegalArgumentException when {@code t} is negative or NaN
   */
  public LandmarkSurvival survivalAt(double t) {
    // Negative landmarks are refused: R answers them with its first row, an artefact of indexing.
    if (!(t >= 0)) {
      throw new IllegalArgumentException("a landmark time must be >= 0, got " + t);
    }
    // R compares with max(0, times): the origin row it adds at time 0 is part of the curve.
    double maxTime = steps.isEmpty() ? 0 : Math.max(0, steps.get(steps.size() - 1).time());
    if (steps.isEmpty() || t > maxTime) {
      return new LandmarkSurvival(t, null, null, null, null);
    }
    KmStep last = null;
    for (KmStep step : steps) {
      if (step.time() > t) {
        break;
      }
      last = step;
    }
    if (last == null) {
      return new LandmarkSurvival(t, 1.0, 0.0, 1.0, 1.0);
    }
    return new LandmarkSurvival(t, last.survival(), last.stdErr(), last.ciLow(), last.ciHigh());
  }

  private static Double nullIfNaN(double v) {
    return Double.isNaN(v) ? null : v;
  }

  @Override
  public String toString() {
    return "KmCurve[confType="
        + confType
        + ", n="
        + n
        + ", events="
        + events
        + ", steps="
        + steps
        + "]";
  }
}
