package org.infusionoutcomes.analysis.report;

/**
 * A row of {@code agreement.csv} (docs/outputs.md): MADRS against PHQ-9 classification of the same
 * courses at their OC endpoints, with Cohen's kappa, its Fleiss-Cohen-Everitt standard error and
 * 95% interval, and the Pearson correlation of the percent changes. Empty (null) kappa and interval
 * when the expected agreement is 1; empty correlation when either scale has no variance.
 */
public record AgreementRow(
    String studyId,
    int courseNumber,
    String endpoint,
    int n,
    int both,
    int madrsOnly,
    int phq9Only,
    int neither,
    Double agreement,
    Double kappa,
    Double kappaSe,
    Double kappaCiLow,
    Double kappaCiHigh,
    Double pchgCorrelation) {}
