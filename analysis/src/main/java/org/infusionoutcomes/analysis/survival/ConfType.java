package org.infusionoutcomes.analysis.survival;

import static org.infusionoutcomes.analysis.rates.StandardNormal.Z_95;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The transformation under which a pointwise 95% confidence interval for S(t) is built, as R {@code
 * survfit(..., conf.type = )}. The configuration key {@code km_conf_type} holds the {@link #id()}.
 */
public enum ConfType {
  /** Interval on log S, R's default: {@code exp(log S ± z·se)}, upper limit capped at 1. */
  LOG("log"),
  /** Interval on log(−log S) (lifelines' choice); always inside (0, 1). */
  LOG_LOG("log-log"),
  /** Interval on S itself (tern's choice), clipped to [0, 1]. */
  PLAIN("plain");

  private final String id;

  ConfType(String id) {
    this.id = id;
  }

  /** The id used in configuration and by R: {@code log}, {@code log-log} or {@code plain}. */
  public String id() {
    return id;
  }

  /**
   * The type with the given id.
   *
   * @throws IllegalArgumentException naming the accepted ids when {@code id} is not one of them
   */
  public static ConfType fromId(String id) {
    for (ConfType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown Kaplan-Meier confidence interval type '"
            + id
            + "'; use one of "
            + Arrays.stream(values()).map(ConfType::id).collect(Collectors.joining(", ")));
  }

  /**
   * R's {@code survfit_confint} with {@code conf.lower = "usual"}: the limits exactly as R stores
   * them in {@code fit$lower} / {@code fit$upper}, NaN where R has NA or NaN. Kept raw because
   * {@code quantile.survfit} reads these bands, NAs included.
   *
   * @param s survival estimate
   * @param seLog standard error of log S (Greenwood), infinite where S = 0
   * @return {lower, upper}
   */
  double[] rawLimits(double s, double seLog) {
    switch (this) {
      case LOG -> {
        if (s == 0) {
          return new double[] {Double.NaN, Double.NaN};
        }
        double se2 = Z_95 * seLog;
        return new double[] {Math.exp(Math.log(s) - se2), Math.min(Math.exp(Math.log(s) + se2), 1)};
      }
      case LOG_LOG -> {
        // log(-log S) is -Inf at S = 1, and R leaves those limits NA.
        if (s == 0 || s == 1) {
          return new double[] {Double.NaN, Double.NaN};
        }
        double se2 = Z_95 * seLog / Math.log(s);
        double loglog = Math.log(-Math.log(s));
        return new double[] {Math.exp(-Math.exp(loglog - se2)), Math.exp(-Math.exp(loglog + se2))};
      }
      case PLAIN -> {
        // At S = 0 this is 0 * Inf = NaN, and Math.max/min keep NaN, as R's pmax/pmin do.
        double se2 = seLog * s * Z_95;
        return new double[] {Math.max(s - se2, 0), Math.min(s + se2, 1)};
      }
      default -> throw new AssertionError(this);
    }
  }
}
