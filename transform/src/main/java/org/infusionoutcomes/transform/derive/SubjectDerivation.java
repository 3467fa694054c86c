package org.infusionoutcomes.transform.derive;

import java.io.Serializable;
import java.util.List;

/**
 * All derived rows of one subject, each list in a deterministic order: courses by course number;
 * visit outcomes by course number, scale, then time order (day, time of day with untimed first,
 * source file, source line); course outcomes by course number and scale; tte rows by course number,
 * scale, then time to response, durability under loss of response, durability under threshold.
 *
 * @param courses rows of {@code courses}
 * @param visitOutcomes rows of {@code visit_outcomes}
 * @param courseOutcomes rows of {@code course_outcomes}
 * @param tte rows of {@code tte}
 */
public record SubjectDerivation(
    List<Course> courses,
    List<VisitOutcome> visitOutcomes,
    List<CourseOutcome> courseOutcomes,
    List<TteRecord> tte)
    implements Serializable {
  public SubjectDerivation {
    courses = List.copyOf(courses);
    visitOutcomes = List.copyOf(visitOutcomes);
    courseOutcomes = List.copyOf(courseOutcomes);
    tte = List.copyOf(tte);
  }

  /** No rows (a subject without infusions). */
  public static SubjectDerivation empty() {
    return new SubjectDerivation(List.of(), List.of(), List.of(), List.of());
  }
}
