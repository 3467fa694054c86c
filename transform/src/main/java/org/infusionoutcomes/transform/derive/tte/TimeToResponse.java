package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;

/**
 * Time to response (SPEC §5): origin is the course's first infusion day; the event is the first
 * in-course assessment meeting the response criterion; without one, the course is censored at the
 * last in-course assessment. Eligibility (ITT and at least one in-course assessment) is decided by
 * the caller.
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
    if (inCourse.isEmpty()) {
      throw new IllegalArgumentException("time to response needs an in-course assessment");
    }
    int i =
        EventSearch.firstConfirmed(inCourse, a -> criteria.meetsResponse(base, a.totalScore()), 1);
    if (i >= 0) {
      Assessment a = inCourse.get(i);
      return new TimeToEvent(
          originDay,
          a.day(),
          TimeToEvent.EVENT,
          "response: " + TimeToEvent.scoreOn(criteria, a, originDay, "course start"),
          a.totalScore(),
          SourceRef.of(a));
    }
    Assessment last = inCourse.get(inCourse.size() - 1);
    return new TimeToEvent(
        originDay,
        last.day(),
        TimeToEvent.CENSORED,
        "censored: last in-course assessment, "
            + TimeToEvent.scoreOn(criteria, last, originDay, "course start"),
        last.totalScore(),
        SourceRef.of(last));
  }
}
