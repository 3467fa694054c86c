package org.infusionoutcomes.transform.derive.criteria;

import java.io.Serializable;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.DeriveSettings.ScaleThresholds;
import org.infusionoutcomes.transform.settings.RelapseRule;

/**
 * The response, remission and relapse criteria of one scale under the run configuration
 * (docs/definitions.md). Totals may be fractional (prorated), so every comparison allows {@link
 * #TOLERANCE} in favour of meeting the criterion. Loss of response is defined as "does not meet the
 * response criterion", so one score can never be both a response and a loss of response.
 */
public final class OutcomeCriteria implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Allowance in favour of meeting a threshold, on the scale of the compared quantity. */
  public static final double TOLERANCE = 1e-9;

  private final String scale;
  private final double responseFraction;
  private final double remissionMax;
  private final double relapseThreshold;
  private final int relapseConfirmations;

  /**
   * Criteria from explicit values.
   *
   * @param scale canonical scale id, used in definition texts
   * @param responseFraction fractional reduction from baseline that counts as response
   * @param remissionMax highest total that counts as remission
   * @param relapseThreshold lowest total that counts as relapse under {@link RelapseRule#THRESHOLD}
   * @param relapseConfirmations consecutive qualifying assessments that confirm a relapse
   */
  public OutcomeCriteria(
      String scale,
      double responseFraction,
      double remissionMax,
      double relapseThreshold,
      int relapseConfirmations) {
    if (relapseConfirmations < 1) {
      throw new IllegalArgumentException("relapse_confirmations must be at least 1");
    }
    this.scale = scale;
    this.responseFraction = responseFraction;
    this.remissionMax = remissionMax;
    this.relapseThreshold = relapseThreshold;
    this.relapseConfirmations = relapseConfirmations;
  }

  /** The criteria of {@code scale} under {@code config} (per-scale thresholds included). */
  public static OutcomeCriteria of(DeriveSettings config, String scale) {
    ScaleThresholds t = config.thresholds(scale);
    return new OutcomeCriteria(
        scale,
        config.responseFraction(),
        t.remissionMax(),
        t.relapseThreshold(),
        config.relapseConfirmations());
  }

  public String scale() {
    return scale;
  }

  public int relapseConfirmations() {
    return relapseConfirmations;
  }

  /** {@code (base - score) / base >= response_fraction}; {@code base} must be above 0. */
  public boolean meetsResponse(double base, double score) {
    if (!(base > 0)) {
      throw new IllegalArgumentException("response needs a baseline above 0, got " + base);
    }
    return (base - score) / base >= responseFraction - TOLERANCE;
  }

  /** {@code score <= remission_max}. */
  public boolean meetsRemission(double score) {
    return score <= remissionMax + TOLERANCE;
  }

  /** Whether one follow-up assessment qualifies as relapse under {@code rule}. */
  public boolean meetsRelapse(RelapseRule rule, double base, double score) {
    return switch (rule) {
      case LOSS_OF_RESPONSE -> !meetsResponse(base, score);
      case THRESHOLD -> score >= relapseThreshold - TOLERANCE;
    };
  }

  /** For example {@code >= 50% reduction from baseline in MADRS total}. */
  public String responseDefinition() {
    return ">= " + DecimalText.percent(responseFraction) + " reduction from baseline in " + total();
  }

  /** For example {@code MADRS total <= 10}. */
  public String remissionDefinition() {
    return total() + " <= " + DecimalText.plain(remissionMax);
  }

  /**
   * For example {@code < 50% reduction from baseline in MADRS total} or {@code MADRS total >= 22},
   * followed by the confirmation rule when more than one assessment is needed.
   */
  public String relapseDefinition(RelapseRule rule) {
    String base =
        switch (rule) {
          case LOSS_OF_RESPONSE ->
              "< "
                  + DecimalText.percent(responseFraction)
                  + " reduction from baseline in "
                  + total();
          case THRESHOLD -> total() + " >= " + DecimalText.plain(relapseThreshold);
        };
    return relapseConfirmations == 1
        ? base
        : base + ", confirmed by " + relapseConfirmations + " consecutive follow-up assessments";
  }

  private String total() {
    return scale + " total";
  }
}
