package org.infusionoutcomes.analysis.agreement;

import java.util.List;
import org.infusionoutcomes.analysis.report.AgreementRow;

/** Builds the rows of {@code agreement.csv} from paired classifications (docs/statistics.md). */
public final class ScaleAgreement {

  private ScaleAgreement() {}

  /**
   * The row of one study x course number x endpoint; null when no course was classified on both
   * scales (no row).
   *
   * @param table MADRS (first) against PHQ-9 (second)
   * @param madrsPchg MADRS percent change of each paired course, in the order of {@code phq9Pchg}
   * @param phq9Pchg PHQ-9 percent change of the same courses
   */
  public static AgreementRow row(
      String studyId,
      int courseNumber,
      String endpoint,
      TwoByTwo table,
      double[] madrsPchg,
      double[] phq9Pchg) {
    if (table.n() == 0) {
      return null;
    }
    Kappa k = CohenKappa.of(table);
    return new AgreementRow(
        studyId,
        courseNumber,
        endpoint,
        table.n(),
        table.both(),
        table.firstOnly(),
        table.secondOnly(),
        table.neither(),
        k.agreement(),
        k.kappa(),
        k.standardError(),
        k.low(),
        k.high(),
        PearsonCorrelation.of(madrsPchg, phq9Pchg),
        List.of());
  }
}
