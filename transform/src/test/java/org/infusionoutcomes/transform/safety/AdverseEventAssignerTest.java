package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.ae;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.course;

import java.time.LocalDate;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.junit.jupiter.api.Test;

class AdverseEventAssignerTest {
  // course 1: infusions days 100..110, course 2: days 150..160; follow-up 14 days
  private static final List<org.infusionoutcomes.transform.derive.Course> COURSES =
      List.of(course(1, 100, 110, 150), course(2, 150, 160, null));
  private final AdverseEventAssigner assigner = new AdverseEventAssigner(14);

  private AdverseEventCourse onDay(int day) {
    return assigner.assign(ae("nausea", null, LocalDate.ofEpochDay(day)), COURSES);
  }

  @Test
  void onsetBeforeFirstInfusionIsPreTreatment() {
    AdverseEventCourse r = onDay(99);
    assertThat(r.status()).isEqualTo(AdverseEventCourse.PRE_TREATMENT);
    assertThat(r.courseNumber()).isNull();
  }

  @Test
  void courseRunsFromFirstInfusionToTheDayBeforeTheNextCourse() {
    assertThat(onDay(100).courseNumber()).isEqualTo(1);
    assertThat(onDay(100).status()).isEqualTo(AdverseEventCourse.TEAE);
    // beyond last infusion + 14, but before course 2: still course 1
    assertThat(onDay(149).courseNumber()).isEqualTo(1);
    assertThat(onDay(150).courseNumber()).isEqualTo(2);
  }

  @Test
  void lastCourseEndsAfterTheFollowUpDays() {
    assertThat(onDay(174).courseNumber()).isEqualTo(2);
    AdverseEventCourse late = onDay(175);
    assertThat(late.status()).isEqualTo(AdverseEventCourse.AFTER_FOLLOW_UP);
    assertThat(late.courseNumber()).isNull();
    AdverseEventAssigner none = new AdverseEventAssigner(0);
    assertThat(none.assign(ae("x", null, LocalDate.ofEpochDay(160)), COURSES).courseNumber())
        .isEqualTo(2);
    assertThat(none.assign(ae("x", null, LocalDate.ofEpochDay(161)), COURSES).status())
        .isEqualTo(AdverseEventCourse.AFTER_FOLLOW_UP);
  }

  @Test
  void unknownOnsetIsListedNotCounted() {
    AdverseEventCourse r = assigner.assign(ae("headache", null, null), COURSES);
    assertThat(r.status()).isEqualTo(AdverseEventCourse.UNKNOWN_ONSET);
    assertThat(r.onsetDay()).isNull();
  }

  @Test
  void subjectWithoutCoursesHasNoInfusion() {
    assertThat(assigner.assign(ae("x", null, LocalDate.ofEpochDay(100)), List.of()).status())
        .isEqualTo(AdverseEventCourse.NO_INFUSION);
  }

  @Test
  void anOnsetDayFromIngestIsAlreadyOnTheSubjectsAxis() {
    var courses =
        List.of(
            new org.infusionoutcomes.transform.derive.Course(
                "KET-01",
                null,
                "S-001",
                1,
                null,
                "gap",
                100,
                110,
                1,
                11,
                LocalDate.ofEpochDay(100),
                LocalDate.ofEpochDay(110),
                null,
                2,
                0,
                null,
                "date",
                "ex.csv",
                1));
    // ingest wrote the analysis day (here the epoch day of the date axis): used as it is
    assertThat(assigner.assign(ae("x", 104, null), courses).onsetDay()).isEqualTo(104);
    assertThat(assigner.assign(ae("x", 104, null), courses).courseNumber()).isEqualTo(1);
    assertThat(assigner.assign(ae("x", 99, null), courses).status())
        .isEqualTo(AdverseEventCourse.PRE_TREATMENT);
  }

  @Test
  void onStudyDayAxisTheAnalysisDayIsUsedAsItIs() {
    var courses = List.of(SafetyFixtures.studyDayCourse(1, 1, 8, null, 1));
    // analysis day 0 = study day -1 (ingest closed the gap at 0)
    assertThat(assigner.assign(ae("x", 0, null), courses).onsetDay()).isEqualTo(0);
    assertThat(assigner.assign(ae("x", 0, null), courses).status())
        .isEqualTo(AdverseEventCourse.PRE_TREATMENT);
    assertThat(assigner.assign(ae("x", 22, null), courses).courseNumber()).isEqualTo(1);
    assertThat(assigner.assign(ae("x", 23, null), courses).status())
        .isEqualTo(AdverseEventCourse.AFTER_FOLLOW_UP);
  }

  @Test
  void preferredTermFallsBackToUpperCaseTermAndBodySystemToNotCoded() {
    AdverseEvent coded =
        new AdverseEvent(
            "KET-01",
            "S-001",
            "felt sick",
            "Nausea",
            "Gastrointestinal disorders",
            "severe",
            true,
            null,
            LocalDate.ofEpochDay(101),
            null,
            null,
            "ae.csv",
            3);
    AdverseEventCourse c = assigner.assign(coded, COURSES);
    assertThat(c.preferredTerm()).isEqualTo("NAUSEA");
    assertThat(c.bodySystem()).isEqualTo("GASTROINTESTINAL DISORDERS");
    assertThat(c.serious()).isTrue();
    assertThat(c.severe()).isTrue();
    AdverseEventCourse uncoded = onDay(101);
    assertThat(uncoded.preferredTerm()).isEqualTo("NAUSEA");
    assertThat(uncoded.bodySystem()).isEqualTo(AdverseEventCourse.NOT_CODED);
    assertThat(uncoded.serious()).isFalse();
  }
}
