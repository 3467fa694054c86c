package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code logrank.csv} (docs/statistics.md, "Log-rank test"): the log-rank test between
 * course numbers within one (study, scale), descriptive and unadjusted.
 *
 * @param endpoint {@code durability} or {@code time_to_response}
 * @param groups the course numbers compared, joined by {@code ;}
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team"): the test is not shown when a group it compares is suppressed
 */
public record LogRankRow(
    String studyId,
    String scale,
    String endpoint,
    String groups,
    Double chisq,
    Integer df,
    Double pValue,
    List<String> suppressed) {

  public LogRankRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public LogRankRow(
      String studyId,
      String scale,
      String endpoint,
      String groups,
      Double chisq,
      int df,
      Double pValue) {
    this(studyId, scale, endpoint, groups, chisq, (Integer) df, pValue, List.of());
  }
}
