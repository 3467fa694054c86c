package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code durability_summary.csv} or {@code time_to_response_summary.csv} (SPEC §7): the
 * Kaplan-Meier summary of one report group.
 *
 * @param landmarks survival at each configured landmark day, in order
 * @param suppressed the columns small-cell suppression emptied (SPEC §13); counts and statistics
 *     are null there
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
    List<String> suppressed) {

  public SurvivalSummaryRow {
    landmarks = List.copyOf(landmarks);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** A row with nothing suppressed. */
  public SurvivalSummaryRow(
      String studyId,
      String scale,
      int courseNumber,
      int n,
      int events,
      int censored,
      Double medianDays,
      Double medianCiLow,
      Double medianCiHigh,
      Double q1Days,
      Double q3Days,
      List<Landmark> landmarks,
      Double medianFollowupDays) {
    this(
        studyId,
        scale,
        courseNumber,
        (Integer) n,
        (Integer) events,
        (Integer) censored,
        medianDays,
        medianCiLow,
        medianCiHigh,
        q1Days,
        q3Days,
        landmarks,
        medianFollowupDays,
        List.of());
  }

  /** Survival at a landmark day with its interval; all null beyond the last observed time. */
  public record Landmark(int day, Double survival, Double ciLow, Double ciHigh) {}
}
