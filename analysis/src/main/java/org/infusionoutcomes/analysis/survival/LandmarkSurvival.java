package org.infusionoutcomes.analysis.survival;

/**
 * Survival at a landmark time, as R {@code summary(fit, times = t, extend = FALSE)}. Every value is
 * null when the landmark lies beyond the last observed time of the group.
 *
 * @param time the landmark (days)
 * @param survival S(time)
 * @param stdErr standard error of S; 0 before the first event, null where S = 0
 * @param ciLow lower 95% confidence limit; 1 before the first event, null where S = 0
 * @param ciHigh upper 95% confidence limit; 1 before the first event, null where S = 0
 */
public record LandmarkSurvival(
    double time, Double survival, Double stdErr, Double ciLow, Double ciHigh) {

  /** True when the landmark is beyond the follow-up of the group, so nothing is estimated. */
  public boolean isEmpty() {
    return survival == null;
  }
}
