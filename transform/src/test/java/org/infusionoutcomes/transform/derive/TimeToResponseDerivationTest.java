package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.derive.Rows.outcome;
import static org.infusionoutcomes.transform.derive.Rows.timeToResponse;
import static org.infusionoutcomes.transform.derive.SubjectFixture.config;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.junit.jupiter.api.Test;

/** docs/definitions.md ("Time to response", "Endpoints"). */
class TimeToResponseDerivationTest {

  @Test
  void timeToResponseIsFirstInCourseResponseCountedFromCourseStart() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 30);
    s.madrs(101, 25);
    Assessment response = s.madrs(103, 14);
    s.madrs(106, 10);

    TteRecord t = timeToResponse(s.derive(), 1);

    assertThat(t)
        .extracting(
            TteRecord::relapseRule,
            TteRecord::isPrimary,
            TteRecord::criterionDefinition,
            TteRecord::originDay,
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::eventScore,
            TteRecord::sourceTable,
            TteRecord::sourceFile,
            TteRecord::sourceLine,
            TteRecord::scale,
            TteRecord::scaleVersion)
        .containsExactly(
            null,
            true,
            ">= 50% reduction from baseline in MADRS total",
            100,
            103,
            3,
            0,
            "response: MADRS 14 on day 3 after course start",
            14.0,
            "assessments",
            "qs.csv",
            response.sourceLine(),
            "MADRS",
            "1.0");
  }

  @Test
  void timeToResponseCensoredAtLastInCourseAssessment() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.madrs(99, 30);
    s.madrs(101, 25);
    Assessment last = s.madrs(109, 20); // last infusion + 7: the end of the in-course period
    s.madrs(110, 10); // a response, but after the endpoint window

    TteRecord t = timeToResponse(s.derive(), 1);

    assertThat(t)
        .extracting(
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::sourceLine)
        .containsExactly(
            109,
            9,
            1,
            "censored: last in-course assessment, MADRS 20 on day 9 after course start",
            last.sourceLine());
  }

  @Test
  void inCourseAssessmentsStopBeforeNextCourse() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(104); // next course with course_gap_days 3
    s.madrs(99, 30);
    s.madrs(101, 25);
    s.madrs(104, 10); // on the next course's first day: not in course 1

    SubjectDerivation d = s.derive(config("course_gap_days: 3"));

    assertThat(timeToResponse(d, 1))
        .extracting(TteRecord::endDay, TteRecord::cnsr)
        .containsExactly(101, 1);
    assertThat(outcome(d, 1, "MADRS").nInCourseAssessments()).isEqualTo(1);
  }

  @Test
  void singleInfusionCourseCountsAssessmentsAfterItsInfusionAsInCourse() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100, "10:00");
    s.madrs(100, "08:00", 30);
    s.madrs(100, "14:00", 24); // same day, after the infusion: in course, day 0
    s.madrs(103, 18);
    s.madrs(108, 10); // beyond last infusion + 7

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(CourseOutcome::nInCourseAssessments, CourseOutcome::ocDay)
        .containsExactly(2, 103); // the same-day assessment is in course, not the endpoint
    assertThat(timeToResponse(d, 1))
        .extracting(TteRecord::endDay, TteRecord::timeDays, TteRecord::cnsr)
        .containsExactly(103, 3, 1);
  }

  @Test
  void responseOnCourseStartDayAfterInfusionHasTimeZero() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100, "10:00");
    s.madrs(100, "08:00", 30);
    s.madrs(100, "14:00", 14);

    assertThat(timeToResponse(s.derive(), 1))
        .extracting(TteRecord::endDay, TteRecord::timeDays, TteRecord::cnsr)
        .containsExactly(100, 0, 0);
  }

  @Test
  void timeToResponseOnlyForIttCoursesWithInCourseAssessment() {
    SubjectFixture baselineOnly = SubjectFixture.onDates();
    baselineOnly.infusion(100);
    baselineOnly.madrs(99, 30);
    assertThat(baselineOnly.derive().tte()).isEmpty();

    SubjectFixture noBaseline = SubjectFixture.onDates();
    noBaseline.infusion(100);
    noBaseline.madrs(101, 10);
    assertThat(noBaseline.derive().tte()).isEmpty();
  }
}
