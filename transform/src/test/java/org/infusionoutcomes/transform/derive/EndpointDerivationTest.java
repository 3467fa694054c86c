package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.infusionoutcomes.transform.derive.Rows.outcome;
import static org.infusionoutcomes.transform.derive.Rows.visits;
import static org.infusionoutcomes.transform.derive.SubjectFixture.config;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.junit.jupiter.api.Test;

/** docs/definitions.md ("Endpoints", "Response and remission", "Course"). */
class EndpointDerivationTest {

  @Test
  void ocEndpointIsFirstAssessmentInEndpointWindow() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 30);
    s.madrs(103, 18); // treatment
    s.madrs(104, 16); // on the last infusion day: treatment, not endpoint
    Assessment oc = s.madrs(106, 14); // first in [105, 111]
    s.madrs(108, 9);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::ocScore,
            CourseOutcome::ocDay,
            CourseOutcome::ocDayOffset,
            CourseOutcome::ocSourceLine,
            CourseOutcome::ocEndpointConflict,
            CourseOutcome::chgOc,
            CourseOutcome::locfScore,
            CourseOutcome::locfFromOc,
            CourseOutcome::responderOc,
            CourseOutcome::remitterOc,
            CourseOutcome::responderNri,
            CourseOutcome::nFollowUpAssessments)
        .containsExactly(
            14.0, 106, 6, oc.sourceLine(), false, -16.0, 14.0, true, true, false, true, 1);
    assertThat(visits(d, 1))
        .extracting(
            VisitOutcome::day,
            VisitOutcome::phase,
            VisitOutcome::isOcEndpoint,
            VisitOutcome::isLocfEndpoint)
        .containsExactly(
            tuple(99, "baseline", false, false),
            tuple(103, "treatment", false, false),
            tuple(104, "treatment", false, false),
            tuple(106, "endpoint_window", true, true),
            tuple(108, "endpoint_window", false, false));
  }

  @Test
  void ocEndpointWindowEndsAtConfiguredDays() {
    SubjectFixture atEnd = SubjectFixture.onDates();
    atEnd.infusion(100);
    atEnd.madrs(99, 30);
    atEnd.madrs(107, 12); // last infusion + 7
    assertThat(outcome(atEnd.derive()).ocDay()).isEqualTo(107);

    SubjectFixture after = SubjectFixture.onDates();
    after.infusion(100);
    after.madrs(99, 30);
    after.madrs(108, 12); // last infusion + 8
    CourseOutcome o = outcome(after.derive());
    assertThat(o)
        .extracting(
            CourseOutcome::ocScore,
            CourseOutcome::locfScore,
            CourseOutcome::responderNri,
            CourseOutcome::nInCourseAssessments)
        .containsExactly(null, null, false, 0);
    assertThat(visits(after.derive(), 1))
        .extracting(VisitOutcome::phase)
        .containsExactly("baseline", "follow_up");
    assertThat(outcome(after.derive(config("endpoint_window_days: 8"))).ocDay()).isEqualTo(108);
  }

  @Test
  void ocEndpointMustBeStrictlyBeforeNextCourseFirstInfusionDay() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(104); // course_gap_days 2: a second course
    s.madrs(99, 30);
    s.madrs(104, 14); // on the next course's first infusion day, before its infusion

    SubjectDerivation d = s.derive(config("course_gap_days: 2"));

    assertThat(outcome(d, 1, "MADRS"))
        .extracting(CourseOutcome::ocScore, CourseOutcome::locfScore, CourseOutcome::responderNri)
        .containsExactly(null, null, false);
    assertThat(outcome(d, 2, "MADRS").base()).isEqualTo(14.0);
  }

  @Test
  void assessmentBeforeNextCourseAlignsToBothCourses() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(104);
    s.madrs(99, 30);
    Assessment between = s.madrs(103, 14);

    SubjectDerivation d = s.derive(config("course_gap_days: 2"));

    assertThat(d.visitOutcomes())
        .filteredOn(v -> v.sourceLine() == between.sourceLine())
        .extracting(
            VisitOutcome::courseNumber,
            VisitOutcome::phase,
            VisitOutcome::dayOffset,
            VisitOutcome::isOcEndpoint,
            VisitOutcome::isBaseline)
        .containsExactly(
            tuple(1, "endpoint_window", 3, true, false), tuple(2, "baseline", -1, false, true));
  }

  @Test
  void locfNeverCarriesBaselineForward() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 8); // a baseline that would "remit" if carried forward

    CourseOutcome o = outcome(s.derive());

    assertThat(o)
        .extracting(
            CourseOutcome::populationItt,
            CourseOutcome::ocScore,
            CourseOutcome::locfScore,
            CourseOutcome::locfFromOc,
            CourseOutcome::responderLocf,
            CourseOutcome::remitterLocf,
            CourseOutcome::responderOc,
            CourseOutcome::responderNri,
            CourseOutcome::remitterNri)
        .containsExactly(true, null, null, null, null, null, null, false, false);
  }

  @Test
  void locfIsLastInCourseAssessmentWhenThereIsNoOcEndpoint() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 32);
    s.madrs(101, 20);
    Assessment last = s.madrs(103, 12);
    s.madrs(115, 25); // after the endpoint window: not carried back

    CourseOutcome o = outcome(s.derive());

    assertThat(o)
        .extracting(
            CourseOutcome::ocScore,
            CourseOutcome::locfScore,
            CourseOutcome::locfDay,
            CourseOutcome::locfSourceLine,
            CourseOutcome::locfFromOc,
            CourseOutcome::chgLocf,
            CourseOutcome::pchgLocf,
            CourseOutcome::responderLocf,
            CourseOutcome::remitterLocf,
            CourseOutcome::responderOc)
        .containsExactly(
            null, 12.0, 103, last.sourceLine(), false, -20.0, -62.5, true, false, null);
  }

  @Test
  void nriCountsCourseWithoutOcEndpointAsNonResponderAndNonRemitter() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.madrs(99, 30);
    s.madrs(101, 6); // responder and remitter at LOCF, but no OC endpoint

    CourseOutcome o = outcome(s.derive());

    assertThat(o)
        .extracting(
            CourseOutcome::responderLocf,
            CourseOutcome::remitterLocf,
            CourseOutcome::responderOc,
            CourseOutcome::remitterOc,
            CourseOutcome::responderNri,
            CourseOutcome::remitterNri)
        .containsExactly(true, true, null, null, false, false);
  }

  @Test
  void responseNeedsConfiguredFractionReductionFromBaseline() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 30);
    s.madrs(101, 16);
    s.madrs(102, 15);
    s.madrs(103, 13);
    s.madrs(104, 12);

    assertThat(visits(s.derive(), 1))
        .extracting(VisitOutcome::responseFlag)
        .containsExactly(null, false, true, true, true);
    assertThat(visits(s.derive(config("response_fraction: 0.6")), 1))
        .extracting(VisitOutcome::responseFlag)
        .containsExactly(null, false, false, false, true);
    assertThat(outcome(s.derive(config("response_fraction: 0.6"))).responseDefinition())
        .isEqualTo(">= 60% reduction from baseline in MADRS total");
  }

  @Test
  void remissionIsTotalAtOrBelowScaleMaximum() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 30);
    s.phq9(99, 20);
    s.madrs(101, 11);
    s.madrs(102, 10);
    s.phq9(101, 5);
    s.phq9(102, 4);
    s.madrs(103, 12);

    SubjectDerivation d = s.derive();
    assertThat(visits(d, 1, "MADRS"))
        .extracting(VisitOutcome::remissionFlag)
        .containsExactly(null, false, true, false);
    assertThat(visits(d, 1, "PHQ9"))
        .extracting(VisitOutcome::remissionFlag)
        .containsExactly(null, false, true);
    assertThat(outcome(d, 1, "PHQ9").remissionDefinition()).isEqualTo("PHQ9 total <= 4");

    SubjectDerivation twelve = s.derive(config("scales: {MADRS: {remission_max: 12}}"));
    assertThat(visits(twelve, 1, "MADRS"))
        .extracting(VisitOutcome::remissionFlag)
        .containsExactly(null, true, true, true);
    assertThat(outcome(twelve, 1, "MADRS").remissionDefinition()).isEqualTo("MADRS total <= 12");
  }

  @Test
  void proratedTotalMeetsThresholdWithinTolerance() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    // 9 of 10 MADRS items answered, sum 21: prorated 23.333333333333332; 14 is exactly a 40%
    // reduction, which doubles compute as 0.39999999999999997
    s.madrs(99, 21.0 * 10 / 9);
    s.madrs(101, 14);
    s.madrs(102, 14.000001); // a real shortfall: not a response
    s.madrs(103, 10 + 5e-10); // remission_max 10, within tolerance
    s.madrs(104, 10 + 2e-9); // beyond tolerance

    SubjectDerivation d = s.derive(config("response_fraction: 0.4"));

    assertThat(visits(d, 1))
        .extracting(VisitOutcome::responseFlag, VisitOutcome::remissionFlag)
        .containsExactly(
            tuple(null, null),
            tuple(true, false),
            tuple(false, false),
            tuple(true, true),
            tuple(true, false));
    assertThat(outcome(d).responderOc()).isTrue();
  }

  @Test
  void ocEndpointConflictIsFlaggedWhenUnorderedSameDayScoresDiffer() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 30);
    Assessment untimed = s.madrs(101, 12);
    s.madrs(101, "15:00", 20);

    CourseOutcome o = outcome(s.derive());

    assertThat(o)
        .extracting(
            CourseOutcome::ocScore,
            CourseOutcome::ocSourceLine,
            CourseOutcome::ocEndpointConflict,
            CourseOutcome::locfEndpointConflict,
            CourseOutcome::nFollowUpAssessments)
        .containsExactly(12.0, untimed.sourceLine(), true, true, 0);
  }
}
