package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code agreement.csv} (docs/outputs.md): MADRS against PHQ-9 classification of the same
 * courses at their OC endpoints, with Cohen's kappa, its Fleiss-Cohen-Everitt standard error and
 * 95% interval, and the Pearson correlation of the percent changes. Empty (null) kappa and interval
 * when the expected agreement is 1; empty correlation when either scale has no variance. Counts are
 * null only where small-cell suppression hid them (docs/report.md, "Sharing a report outside the
 * team").
 *
 * @param suppressed the names of the columns small-cell suppression emptied (snake_case); empty
 *     when nothing was hidden
 */
public record AgreementRow(
    String studyId,
    int courseNumber,
    String endpoint,
    Integer n,
    Integer both,
    Integer madrsOnly,
    Integer phq9Only,
    Integer neither,
    Double agreement,
    Double kappa,
    Double kappaSe,
    Double kappaCiLow,
    Double kappaCiHigh,
    Double pchgCorrelation,
    List<String> suppressed) {

  public AgreementRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
