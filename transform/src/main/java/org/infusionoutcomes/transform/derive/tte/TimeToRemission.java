package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;

/**
 * Time to remission (docs/definitions.md): as time to response, with remission (total at or below
 * the scale's remission threshold) as the event. Origin is the course's first infusion day; without
 * a remission, the course is censored at the last in-course assessment.
 */
public final class TimeToRemission {
  private TimeToRemission() {}

  /**
   * @param originDay the course's first infusion day
   * @param inCourse the in-course assessments in time order, not empty
   */
  public static TimeToEvent derive(
      int originDay, List<Assessment> inCourse, OutcomeCriteria criteria) {
    return TimeToResponse.firstEvent(
        originDay, inCourse, criteria, "remission", a -> criteria.meetsRemission(a.totalScore()));
  }
}
