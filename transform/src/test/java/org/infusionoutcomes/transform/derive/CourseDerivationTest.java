package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.infusionoutcomes.transform.derive.SubjectFixture.config;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.junit.jupiter.api.Test;

/** docs/definitions.md ("Course"). */
class CourseDerivationTest {

  @Test
  void courseSplitsWhenGapExceedsConfiguredDays() {
    SubjectFixture s = SubjectFixture.onDates();
    Infusion first = s.infusion(100);
    s.infusion(102);
    s.infusion(123); // gap 21 = course_gap_days: same course
    Infusion second = s.infusion(145); // gap 22 > 21: new course

    SubjectDerivation d = s.derive();

    assertThat(d.courses())
        .extracting(
            Course::courseNumber,
            Course::courseRule,
            Course::courseLabel,
            Course::firstInfusionDay,
            Course::lastInfusionDay,
            Course::nInfusions,
            Course::nextCourseFirstDay,
            Course::sourceLine)
        .containsExactly(
            tuple(1, "gap", null, 100, 123, 3, 145, first.sourceLine()),
            tuple(2, "gap", null, 145, 145, 1, null, second.sourceLine()));
    assertThat(d.courses().get(0))
        .extracting(
            Course::studyId,
            Course::siteId,
            Course::subjectId,
            Course::firstInfusionDate,
            Course::lastInfusionDate,
            Course::timeAxis,
            Course::sourceFile)
        .containsExactly(
            "KET-01",
            "SITE-1",
            "S-001",
            LocalDate.ofEpochDay(100),
            LocalDate.ofEpochDay(123),
            "date",
            "ex.csv");
    assertThat(s.derive(config("course_gap_days: 22")).courses()).hasSize(1);
  }

  @Test
  void labelsOverrideGapRule() {
    SubjectFixture s = SubjectFixture.onDates();
    s.labelled(100, "Z");
    s.labelled(140, "Z"); // 40 days apart, one label: one course
    s.labelled(143, "A"); // 3 days later, new label: new course, numbered by first infusion

    SubjectDerivation d = s.derive();

    assertThat(d.courses())
        .extracting(
            Course::courseNumber,
            Course::courseRule,
            Course::courseLabel,
            Course::firstInfusionDay,
            Course::lastInfusionDay,
            Course::nInfusions,
            Course::nextCourseFirstDay)
        .containsExactly(
            tuple(1, "label", "Z", 100, 140, 2, 143), tuple(2, "label", "A", 143, 143, 1, null));
  }

  @Test
  void unlabelledInfusionsOfLabelledSubjectJoinTheLabelledCourseBeforeThem() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(98); // before any label: joins the first labelled course
    s.labelled(100, "A");
    s.infusion(102);
    s.labelled(150, "B");
    s.infusion(180); // 30 days later, no label: still course B (no gap rule)

    SubjectDerivation d = s.derive();

    assertThat(d.courses())
        .extracting(
            Course::courseLabel,
            Course::firstInfusionDay,
            Course::lastInfusionDay,
            Course::nInfusions,
            Course::nInfusionsAssignedByPosition)
        .containsExactly(tuple("A", 98, 102, 3, 2), tuple("B", 150, 180, 2, 1));
  }

  @Test
  void identicalInfusionsCollapseIntoOne() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100, "10:00");
    Infusion duplicate = s.infusion(100, "10:00");
    s.infusion(100, "15:00"); // same day, other time: a separate infusion
    s.infusion(102);
    s.infusion(102);

    Course course = s.derive().courses().get(0);

    assertThat(course.nInfusions()).isEqualTo(3);
    assertThat(course.sourceLine()).isEqualTo(duplicate.sourceLine());
    assertThat(course.firstInfusionTime()).isEqualTo(LocalTime.of(10, 0));
  }
}
