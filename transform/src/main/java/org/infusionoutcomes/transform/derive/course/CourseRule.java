package org.infusionoutcomes.transform.derive.course;

/** How a subject's infusions were split into courses. */
public enum CourseRule {
  /** Courses follow the explicit course labels of the source (docs/definitions.md, "Course"). */
  LABEL("label"),
  /** A gap of more than {@code course_gap_days} between infusions starts a new course. */
  GAP("gap");

  private final String id;

  CourseRule(String id) {
    this.id = id;
  }

  /** The value of the {@code course_rule} column. */
  public String id() {
    return id;
  }
}
