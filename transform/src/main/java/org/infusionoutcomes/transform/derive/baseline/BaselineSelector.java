package org.infusionoutcomes.transform.derive.baseline;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.course.CourseWindow;
import org.infusionoutcomes.transform.derive.timeline.Chronology;
import org.infusionoutcomes.transform.derive.timeline.Extreme;

/**
 * Selects the baseline: the latest pre-infusion assessment with day in {@code [course_start -
 * baseline_window_days, course_start]}. Records at the latest day that no time of day orders (the
 * same time, or one of them untimed) are candidates together; if their totals differ, the baseline
 * is ambiguous and none is picked. Identical totals are not ambiguous: the later source record is
 * kept for traceability.
 */
public final class BaselineSelector {
  private BaselineSelector() {}

  /** The baseline of a course among one scale's assessments of the subject. */
  public static Baseline select(CourseWindow window, List<Assessment> scaleAssessments) {
    List<Assessment> inWindow = scaleAssessments.stream().filter(window::inBaselineWindow).toList();
    if (inWindow.isEmpty()) {
      return Baseline.none();
    }
    Extreme latest = Chronology.latest(inWindow);
    return new Baseline(latest.conflicting() ? null : latest.chosen(), latest.tied());
  }
}
