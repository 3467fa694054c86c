package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.infusionoutcomes.transform.derive.Rows.outcome;
import static org.infusionoutcomes.transform.derive.Rows.visits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.junit.jupiter.api.Test;

/** The entry point as a whole: axes, scales, ordering, refusals. */
class SubjectDeriverTest {

  @Test
  void studyDayAxisNeedsNoDates() {
    // SDTM study days have no day 0: study day -14 is 14 days before day 1 (docs/definitions.md,
    // "Days and times")
    SubjectFixture s = SubjectFixture.onStudyDays();
    s.infusion(1);
    s.infusion(3);
    s.madrs(-15, 35); // 15 days before day 1: outside the 14-day window
    s.madrs(-14, 30);
    s.madrs(2, 20);
    s.madrs(4, 14);

    SubjectDerivation d = s.derive();

    assertThat(d.courses().get(0))
        .extracting(
            Course::firstInfusionDay,
            Course::firstInfusionStudyDay,
            Course::firstInfusionDate,
            Course::timeAxis)
        .containsExactly(1, 1, null, "study_day");
    assertThat(outcome(d))
        .extracting(
            CourseOutcome::base,
            CourseOutcome::baseDay,
            CourseOutcome::baseDayOffset,
            CourseOutcome::ocScore,
            CourseOutcome::responderOc)
        .containsExactly(30.0, -13, -14, 14.0, true);
    assertThat(visits(d, 1))
        .extracting(
            VisitOutcome::studyDay,
            VisitOutcome::dayOffset,
            VisitOutcome::assessmentDate,
            VisitOutcome::phase)
        .containsExactly(
            tuple(-14, -14, null, "baseline"),
            tuple(2, 1, null, "treatment"),
            tuple(4, 3, null, "endpoint_window"));

    // day -1 lies one day before day 1
    SubjectFixture adjacent = SubjectFixture.onStudyDays();
    adjacent.infusion(1);
    adjacent.madrs(-1, 30);
    assertThat(visits(adjacent.derive(SubjectFixture.config("baseline_window_days: 1")), 1))
        .extracting(VisitOutcome::dayOffset, VisitOutcome::phase)
        .containsExactly(tuple(-1, "baseline"));
  }

  @Test
  void everyRowCarriesScaleIdAndVersionAndScalesAreDerivedSeparately() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 30);
    s.phq9(99, 20);
    s.madrs(101, 14);
    s.phq9(101, 12);

    SubjectDerivation d = s.derive();

    assertThat(d.courseOutcomes())
        .extracting(
            CourseOutcome::scale,
            CourseOutcome::scaleVersion,
            CourseOutcome::responderOc,
            CourseOutcome::responseDefinition)
        .containsExactly(
            tuple("MADRS", "1.0", true, ">= 50% reduction from baseline in MADRS total"),
            tuple("PHQ9", "1.0", false, ">= 50% reduction from baseline in PHQ9 total"));
    assertThat(d.visitOutcomes())
        .extracting(VisitOutcome::scale, VisitOutcome::scaleVersion, VisitOutcome::day)
        .containsExactly(
            tuple("MADRS", "1.0", 99),
            tuple("MADRS", "1.0", 101),
            tuple("PHQ9", "1.0", 99),
            tuple("PHQ9", "1.0", 101));
    assertThat(d.tte())
        .extracting(TteRecord::scale, TteRecord::scaleVersion, TteRecord::endpoint)
        .containsExactly(
            tuple("MADRS", "1.0", "time_to_response"),
            tuple("MADRS", "1.0", "time_to_remission"),
            tuple("MADRS", "1.0", "durability"),
            tuple("MADRS", "1.0", "durability"),
            tuple("PHQ9", "1.0", "time_to_response"),
            tuple("PHQ9", "1.0", "time_to_remission"));
  }

  @Test
  void phasesAndDayOffsetsFollowCourseWindows() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(90, 33);
    s.madrs(99, 30);
    s.madrs(103, 20);
    s.madrs(104, 18); // untimed on an infusion day: before that infusion
    s.madrs(111, 12); // last infusion + 7
    s.madrs(112, 10);

    assertThat(visits(s.derive(), 1))
        .extracting(
            VisitOutcome::phase,
            VisitOutcome::dayOffset,
            VisitOutcome::dayOffsetLastInfusion,
            VisitOutcome::daysSinceLastInfusion)
        .containsExactly(
            tuple("pre_baseline_window", -10, -14, null),
            tuple("baseline", -1, -5, null),
            tuple("treatment", 3, -1, 1),
            tuple("treatment", 4, 0, 2),
            tuple("endpoint_window", 11, 7, 7),
            tuple("follow_up", 12, 8, 8));
  }

  @Test
  void noInfusionsGiveNoRows() {
    SubjectFixture s = SubjectFixture.onDates();
    s.madrs(99, 30);
    s.madrs(101, 12);

    assertThat(s.derive()).isEqualTo(SubjectDerivation.empty());
    assertThat(
            new SubjectDeriver(SubjectFixture.defaults(), SubjectFixture.REGISTRY)
                .derive(List.of(), List.of()))
        .isEqualTo(SubjectDerivation.empty());
  }

  @Test
  void inputOrderDoesNotChangeRows() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100, "10:00");
    s.infusion(102);
    s.infusion(104);
    s.infusion(140);
    s.madrs(99, "09:00", 30);
    s.madrs(99, "09:00", 30);
    s.madrs(100, "11:00", 24);
    s.madrs(105, 12);
    s.madrs(105, "12:00", 12);
    s.madrs(118, 16);
    s.madrs(139, 25);
    s.phq9(99, 20);
    s.phq9(106, 8);
    SubjectDerivation expected = s.derive();

    List<Assessment> assessments = new ArrayList<>(s.assessments());
    List<Infusion> infusions = new ArrayList<>(s.infusions());
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(assessments, random);
      Collections.shuffle(infusions, random);
      assertThat(
              new SubjectDeriver(SubjectFixture.defaults(), SubjectFixture.REGISTRY)
                  .derive(assessments, infusions))
          .isEqualTo(expected);
    }
  }

  @Test
  void recordsOfAnotherSubjectAreRefused() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    SubjectFixture other = SubjectFixture.otherSubject();
    other.madrs(99, 30);

    assertThatThrownBy(
            () ->
                new SubjectDeriver(SubjectFixture.defaults(), SubjectFixture.REGISTRY)
                    .derive(other.assessments(), s.infusions()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KET-01/S-001 and KET-01/S-002");
  }
}
