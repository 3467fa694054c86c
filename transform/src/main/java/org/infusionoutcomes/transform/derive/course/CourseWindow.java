package org.infusionoutcomes.transform.derive.course;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.transform.derive.timeline.Chronology;

/**
 * The windows of one course on the subject's day axis, and which assessments fall in them.
 *
 * <ul>
 *   <li>baseline window: day in {@code [start - baseline_window_days, start]} and pre-infusion
 *       relative to the course's first infusion;
 *   <li>post-baseline: not pre-infusion relative to the course's first infusion;
 *   <li>before the next course: day strictly before the next course's first infusion day
 *       (docs/definitions.md, "Course");
 *   <li>in-course: post-baseline, day at most {@code last_infusion_day + endpoint_window_days}, and
 *       before the next course (docs/definitions.md, "Endpoints");
 *   <li>endpoint window: day in {@code [last_infusion_day + 1, last_infusion_day +
 *       endpoint_window_days]} and before the next course;
 *   <li>aligned: in the baseline window, or post-baseline and before the next course.
 * </ul>
 *
 * @param course the course
 * @param nextCourseFirstInfusion first infusion of the course numbered after it, or null
 * @param baselineWindowDays config {@code baseline_window_days}
 * @param endpointWindowDays config {@code endpoint_window_days}
 */
public record CourseWindow(
    InfusionCourse course,
    Infusion nextCourseFirstInfusion,
    int baselineWindowDays,
    int endpointWindowDays) {

  public int startDay() {
    return course.firstDay();
  }

  public int lastInfusionDay() {
    return course.lastDay();
  }

  /** Last day of the endpoint window: {@code last_infusion_day + endpoint_window_days}. */
  public int endpointWindowEnd() {
    return course.lastDay() + endpointWindowDays;
  }

  /** First infusion day of the next course, or null when this is the subject's last course. */
  public Integer nextCourseFirstDay() {
    return nextCourseFirstInfusion == null ? null : nextCourseFirstInfusion.day();
  }

  /** Strictly before the next course's first infusion day (always true without a next course). */
  public boolean beforeNextCourse(int day) {
    return nextCourseFirstInfusion == null || day < nextCourseFirstInfusion.day();
  }

  public boolean inBaselineWindow(Assessment a) {
    return a.day() >= startDay() - baselineWindowDays
        && a.day() <= startDay()
        && Chronology.isPreInfusion(a, course.first());
  }

  public boolean isPostBaseline(Assessment a) {
    return !Chronology.isPreInfusion(a, course.first());
  }

  public boolean isInCourse(Assessment a) {
    return isPostBaseline(a) && a.day() <= endpointWindowEnd() && beforeNextCourse(a.day());
  }

  public boolean inEndpointWindow(Assessment a) {
    return a.day() >= lastInfusionDay() + 1
        && a.day() <= endpointWindowEnd()
        && beforeNextCourse(a.day());
  }

  public boolean isAligned(Assessment a) {
    return inBaselineWindow(a) || (isPostBaseline(a) && beforeNextCourse(a.day()));
  }

  /**
   * Days from the most recent infusion of this course that the assessment follows (by the
   * pre-infusion rule) to the assessment; null when it follows none of them (baseline window).
   */
  public Integer daysSinceLastInfusion(Assessment a) {
    Integer since = null;
    for (Infusion i : course.infusions()) {
      if (!Chronology.isPreInfusion(a, i)) {
        since = a.day() - i.day();
      }
    }
    return since;
  }
}
