package org.infusionoutcomes.transform.derive.endpoint;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.course.CourseWindow;
import org.infusionoutcomes.transform.derive.timeline.Chronology;
import org.infusionoutcomes.transform.derive.timeline.Extreme;

/**
 * Selects the OC and LOCF endpoints of a course among one scale's assessments.
 *
 * <ul>
 *   <li>OC: the first assessment with day in {@code [last_infusion_day + 1, last_infusion_day +
 *       endpoint_window_days]}, strictly before the next course's first infusion day.
 *   <li>LOCF: the OC endpoint if there is one; otherwise the last in-course (post-baseline)
 *       assessment. Never the baseline: a course without post-baseline assessments has no LOCF
 *       endpoint and is not in the LOCF denominator.
 *   <li>Follow-up (durability): assessments after the OC endpoint in time order and strictly before
 *       the next course's first infusion day. Records that cannot be ordered against the endpoint
 *       (same day, and the same time or no time) are not after it and are not follow-up.
 * </ul>
 */
public final class EndpointSelector {
  private EndpointSelector() {}

  /** The endpoints; {@code scaleAssessments} must be in {@link Chronology#ASSESSMENT_ORDER}. */
  public static Endpoints select(CourseWindow window, List<Assessment> scaleAssessments) {
    List<Assessment> inCourse = scaleAssessments.stream().filter(window::isInCourse).toList();
    List<Assessment> ocCandidates =
        scaleAssessments.stream().filter(window::inEndpointWindow).toList();
    Extreme oc = ocCandidates.isEmpty() ? null : Chronology.earliest(ocCandidates);
    Extreme locf = oc != null ? oc : inCourse.isEmpty() ? null : Chronology.latest(inCourse);
    List<Assessment> followUp =
        oc == null
            ? List.of()
            : scaleAssessments.stream()
                .filter(a -> Chronology.ASSESSMENT_ORDER.compare(a, oc.chosen()) > 0)
                .filter(a -> oc.tied().stream().noneMatch(t -> t == a))
                .filter(a -> window.beforeNextCourse(a.day()))
                .toList();
    return new Endpoints(inCourse, oc, locf, followUp);
  }
}
