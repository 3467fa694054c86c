package org.infusionoutcomes.analysis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code durability_summary.csv} or {@code time_to_response_summary.csv}
 * (docs/statistics.md, "Kaplan-Meier"): the Kaplan-Meier summary of one report group.
 *
 * @param landmarks survival at each configured landmark day, in order
 * @param suppressed the columns small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team"); counts and statistics are null there
 */
public record SurvivalSummaryRow(
    String studyId,
    String scale,
    int courseNumber,
    Integer n,
    Integer events,
    Integer censored,
    Double medianDays,
    Double medianCiLow,
    Double medianCiHigh,
    Double q1Days,
    Double q3Days,
    List<Landmark> landmarks,
    Double medianFollowupDays,
    List<String> suppressed)
    implements ReportGroupRow {

  public SurvivalSummaryRow {
    landmarks = List.copyOf(landmarks);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /**
   * The summary of a group that shows no curve: of its counts only {@code n} remains (null where it
   * too is hidden), every statistic and landmark is empty.
   *
   * @param landmarkDays the landmark days, in order
   * @param suppressed the columns so emptied (docs/report.md, "Sharing a report outside the team")
   */
  public static SurvivalSummaryRow withoutCurve(
      String studyId,
      String scale,
      int courseNumber,
      Integer n,
      List<Integer> landmarkDays,
      List<String> suppressed) {
    List<Landmark> marks = new ArrayList<>();
    for (int day : landmarkDays) {
      marks.add(new Landmark(day, null, null, null));
    }
    return new SurvivalSummaryRow(
        studyId,
        scale,
        courseNumber,
        n,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        marks,
        null,
        suppressed);
  }

  /** Survival at a landmark day with its interval; all null beyond the last observed time. */
  public record Landmark(int day, Double survival, Double ciLow, Double ciHigh) {}
}
