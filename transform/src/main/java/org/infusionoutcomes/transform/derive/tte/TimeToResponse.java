package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import java.util.function.Predicate;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;

/**
 * Time to response (docs/definitions.md, "Time to response"): origin is the course's first infusion
 * day; the event is the first in-course assessment meeting the response criterion; without one, the
 * course is censored at the last in-course assessment. Eligibility (ITT and at least one in-course
 * assessment) is decided by the caller.
 */
public final class TimeToResponse {
  private TimeToResponse() {}

  /**
   * @param originDay the course's first infusion day
   * @param base the baseline total, above 0
   * @param inCourse the in-course assessments in time order, not empty
   */
  public static TimeToEvent derive(
      int originDay, double base, List<Assessment> inCourse, OutcomeCriteria criteria) {
    return firstEvent(
        originDay,
        inCourse,
        criteria,
        "response",
        a -> criteria.meetsResponse(base, a.totalScore()));
  }

  /**
   * Time to the first in-course assessment meeting {@code event} (named {@code eventName} in the
   * description), else censored at the last in-course assessment. Shared by time to response and
   * time to remission, which differ only in the criterion.
   */
  static TimeToEvent firstEvent(
      int originDay,
      List<Assessment> inCourse,
      OutcomeCriteria criteria,
      String eventName,
      Predicate<Assessment> event) {
    if (inCourse.isEmpty()) {
      throw new IllegalArgumentException("time to " + eventName + " needs an in-course assessment");
    }
    int i = EventSearch.firstConfirmed(inCourse, event, 1);
    Clock clock = new Clock(originDay, "course start", criteria);
    if (i >= 0) {
      return clock.decidedBy(inCourse.get(i), TimeToEvent.EVENT, eventName + ": ", "");
    }
    return clock.censoredAtLast(inCourse, "censored: last in-course assessment, ");
  }
}
