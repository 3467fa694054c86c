package org.infusionoutcomes.transform.derive.course;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Infusion;

/**
 * One course of one subject.
 *
 * @param number 1.. per subject, in order of the courses' first infusions
 * @param label the course label (label rule), or null (gap rule)
 * @param rule how the course was formed
 * @param infusions the course's infusions in time order, never empty
 * @param assignedByPosition label rule: infusions without a label of their own that were assigned
 *     to this course by position; 0 under the gap rule
 */
public record InfusionCourse(
    int number, String label, CourseRule rule, List<Infusion> infusions, int assignedByPosition) {
  public InfusionCourse {
    if (infusions.isEmpty()) {
      throw new IllegalArgumentException("a course has at least one infusion");
    }
    infusions = List.copyOf(infusions);
  }

  public Infusion first() {
    return infusions.get(0);
  }

  public Infusion last() {
    return infusions.get(infusions.size() - 1);
  }

  public int firstDay() {
    return first().day();
  }

  public int lastDay() {
    return last().day();
  }
}
