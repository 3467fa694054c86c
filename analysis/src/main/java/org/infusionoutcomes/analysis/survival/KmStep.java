package org.infusionoutcomes.analysis.survival;

/**
 * One row of a Kaplan-Meier curve: a distinct time with at least one event or censoring, as R
 * {@code summary(fit, censored = TRUE)} prints it.
 *
 * @param time the time (days)
 * @param nRisk subjects at risk just before {@code time}; subjects censored at {@code time} are
 *     counted
 * @param nEvent events at {@code time}
 * @param nCensor censorings at {@code time}
 * @param survival the product-limit estimate S(time)
 * @param stdErr standard error of S (S times the square root of the Greenwood sum); 0 before the
 *     first event, null where S = 0
 * @param ciLow lower 95% confidence limit; null where S = 0
 * @param ciHigh upper 95% confidence limit; null where S = 0
 */
public record KmStep(
    double time,
    int nRisk,
    int nEvent,
    int nCensor,
    double survival,
    Double stdErr,
    Double ciLow,
    Double ciHigh) {}
