package org.infusionoutcomes.transform.spark;

import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.TteRecord;
import org.infusionoutcomes.transform.derive.VisitOutcome;

/** One derived row of a subject; exactly one payload is set, as {@code kind} says. */
public record DerivedRecord(
    String kind, Course course, VisitOutcome visitOutcome, CourseOutcome courseOutcome, TteRecord tte) {}
