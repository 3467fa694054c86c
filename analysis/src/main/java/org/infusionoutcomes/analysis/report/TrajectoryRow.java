package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code trajectory.csv} (docs/decisions.md, "Which rows feed which table"): scores of ITT
 * courses on one day since course start.
 *
 * @param day days since the course's first infusion
 * @param n assessments on that day
 * @param sdScore sample standard deviation (n - 1); null when n is 1
 * @param meanChange mean change from baseline over assessments that have one
 * @param meanPctChange mean percent change from baseline (null where the baseline is 0)
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team")
 */
public record TrajectoryRow(
    String studyId,
    String scale,
    int courseNumber,
    int day,
    Integer n,
    Double meanScore,
    Double sdScore,
    Double meanChange,
    Double meanPctChange,
    List<String> suppressed)
    implements ReportGroupRow {

  public TrajectoryRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public TrajectoryRow(
      String studyId,
      String scale,
      int courseNumber,
      int day,
      int n,
      double meanScore,
      Double sdScore,
      Double meanChange,
      Double meanPctChange) {
    this(
        studyId,
        scale,
        courseNumber,
        day,
        (Integer) n,
        (Double) meanScore,
        sdScore,
        meanChange,
        meanPctChange,
        List.of());
  }
}
