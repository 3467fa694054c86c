package org.infusionoutcomes.transform.safety;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.transform.derive.Course;

/**
 * Assigns adverse events to courses (docs/definitions.md, "Adverse events per course"): an event
 * belongs to the course whose period holds its onset day, from the course's first infusion day to
 * the day before the next course's first infusion, or to the last infusion day plus {@code
 * safety.ae_followup_days} for the subject's last course; it is then treatment-emergent. Onset
 * before the first infusion is pre-treatment; unknown onset and onset after the last course's
 * follow-up are not counted.
 *
 * <p>A missing serious flag counts as not serious. The onset day of the canonical table is already
 * on the subject's analysis-day axis (ingest places it, docs/formats.md, "Adverse events"). Only
 * when ingest could not place it (a study-day axis without a reference date) is the onset date
 * placed relative to the first infusion date.
 */
public final class AdverseEventAssigner {
  private final int followupDays;

  public AdverseEventAssigner(int followupDays) {
    this.followupDays = followupDays;
  }

  /** The event with its course and status; {@code courses} are the subject's courses. */
  public AdverseEventCourse assign(AdverseEvent ae, List<Course> courses) {
    List<Course> ordered =
        courses.stream().sorted(Comparator.comparingInt(Course::courseNumber)).toList();
    if (ordered.isEmpty()) {
      return row(ae, null, AdverseEventCourse.NO_INFUSION, null);
    }
    Integer onset = onsetDay(ae, ordered.get(0));
    if (onset == null) {
      return row(ae, null, AdverseEventCourse.UNKNOWN_ONSET, null);
    }
    if (onset < ordered.get(0).firstInfusionDay()) {
      return row(ae, onset, AdverseEventCourse.PRE_TREATMENT, null);
    }
    for (int k = 0; k < ordered.size(); k++) {
      Course c = ordered.get(k);
      int end =
          k + 1 < ordered.size()
              ? ordered.get(k + 1).firstInfusionDay() - 1
              : c.lastInfusionDay() + followupDays;
      if (onset >= c.firstInfusionDay() && onset <= end) {
        return row(ae, onset, AdverseEventCourse.TEAE, c.courseNumber());
      }
    }
    return row(ae, onset, AdverseEventCourse.AFTER_FOLLOW_UP, null);
  }

  static Integer onsetDay(AdverseEvent ae, Course first) {
    if (ae.onsetDay() != null) {
      return ae.onsetDay(); // ingest placed it on the subject's axis already
    }
    if (ae.onsetDate() == null) {
      return null;
    }
    if ("study_day".equals(first.timeAxis())) {
      return first.firstInfusionDate() == null
          ? null
          : first.firstInfusionDay()
              + (int) ChronoUnit.DAYS.between(first.firstInfusionDate(), ae.onsetDate());
    }
    return (int) ae.onsetDate().toEpochDay();
  }

  private static AdverseEventCourse row(
      AdverseEvent ae, Integer onset, String status, Integer course) {
    String body =
        ae.bodySystem() == null || ae.bodySystem().isBlank()
            ? AdverseEventCourse.NOT_CODED
            : ae.bodySystem().trim().toUpperCase(Locale.ROOT);
    return new AdverseEventCourse(
        ae.studyId(),
        ae.subjectId(),
        ae.term(),
        preferredTerm(ae),
        body,
        ae.severity(),
        Boolean.TRUE.equals(ae.serious()),
        ae.severity() != null && ae.severity().trim().equalsIgnoreCase("SEVERE"),
        onset,
        status,
        course,
        ae.sourceFile(),
        ae.sourceLine());
  }

  /** AEDECOD, else the reported term, in upper case. */
  private static String preferredTerm(AdverseEvent ae) {
    String p =
        ae.preferredTerm() == null || ae.preferredTerm().isBlank() ? ae.term() : ae.preferredTerm();
    return p == null ? "" : p.trim().toUpperCase(Locale.ROOT);
  }
}
