package org.infusionoutcomes.transform.derive;

import java.util.List;
import java.util.Objects;

/** Look-ups of derived rows by their keys; a missing or repeated key fails the test. */
final class Rows {
  private Rows() {}

  static CourseOutcome outcome(SubjectDerivation d, int course, String scale) {
    return single(
        d.courseOutcomes().stream()
            .filter(o -> o.courseNumber() == course && o.scale().equals(scale))
            .toList(),
        "course_outcome " + course + "/" + scale);
  }

  static CourseOutcome outcome(SubjectDerivation d) {
    return single(d.courseOutcomes(), "course_outcome");
  }

  static List<VisitOutcome> visits(SubjectDerivation d, int course, String scale) {
    return d.visitOutcomes().stream()
        .filter(v -> v.courseNumber() == course && v.scale().equals(scale))
        .toList();
  }

  static List<VisitOutcome> visits(SubjectDerivation d, int course) {
    return visits(d, course, "MADRS");
  }

  static TteRecord timeToResponse(SubjectDerivation d, int course) {
    return tte(d, course, TteRecord.TIME_TO_RESPONSE, null);
  }

  static TteRecord durability(SubjectDerivation d, int course, String rule) {
    return tte(d, course, TteRecord.DURABILITY, rule);
  }

  static List<TteRecord> tte(SubjectDerivation d, int course) {
    return d.tte().stream().filter(t -> t.courseNumber() == course).toList();
  }

  private static TteRecord tte(SubjectDerivation d, int course, String endpoint, String rule) {
    return single(
        d.tte().stream()
            .filter(
                t ->
                    t.courseNumber() == course
                        && t.scale().equals("MADRS")
                        && t.endpoint().equals(endpoint)
                        && Objects.equals(t.relapseRule(), rule))
            .toList(),
        endpoint + "/" + rule + " of course " + course);
  }

  private static <T> T single(List<T> rows, String what) {
    if (rows.size() != 1) {
      throw new AssertionError("expected one " + what + " row, found " + rows.size() + ": " + rows);
    }
    return rows.get(0);
  }
}
