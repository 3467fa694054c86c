package org.infusionoutcomes.analysis.agreement;

/**
 * Agreement of two binary ratings.
 *
 * @param agreement observed proportion of agreement; null when n = 0
 * @param expected agreement expected by chance from the margins; null when n = 0
 * @param kappa Cohen's kappa; null when n = 0 or the expected agreement is 1
 * @param standardError large-sample standard error (Fleiss, Cohen and Everitt 1969); null with
 *     kappa
 * @param low lower 95% limit, clipped to -1; null with kappa
 * @param high upper 95% limit, clipped to 1; null with kappa
 */
public record Kappa(
    Double agreement,
    Double expected,
    Double kappa,
    Double standardError,
    Double low,
    Double high) {}
