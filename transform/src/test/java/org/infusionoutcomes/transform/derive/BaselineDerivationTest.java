package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.infusionoutcomes.transform.derive.Rows.outcome;
import static org.infusionoutcomes.transform.derive.Rows.visits;
import static org.infusionoutcomes.transform.derive.SubjectFixture.config;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.junit.jupiter.api.Test;

/** docs/definitions.md ("Pre-infusion", "Baseline", "Population ITT and exclusion reasons"). */
class BaselineDerivationTest {

  @Test
  void assessmentLaterSameDayIsPostInfusionOnlyWhenBothTimed() {
    // both timed, assessment later: after the infusion
    SubjectFixture later = SubjectFixture.onDates();
    later.infusion(100, "10:00");
    later.madrs(99, 30);
    later.madrs(100, "11:00", 20);
    SubjectDerivation d = later.derive();
    assertThat(outcome(d).base()).isEqualTo(30.0);
    assertThat(visits(d, 1))
        .extracting(VisitOutcome::phase)
        .containsExactly("baseline", "treatment");

    // assessment untimed: before the infusion
    SubjectFixture untimed = SubjectFixture.onDates();
    untimed.infusion(100, "10:00");
    untimed.madrs(99, 30);
    untimed.madrs(100, 28);
    assertThat(outcome(untimed.derive()).base()).isEqualTo(28.0);

    // infusion untimed: before the infusion
    SubjectFixture untimedInfusion = SubjectFixture.onDates();
    untimedInfusion.infusion(100);
    untimedInfusion.madrs(99, 30);
    untimedInfusion.madrs(100, "11:00", 26);
    assertThat(outcome(untimedInfusion.derive()).base()).isEqualTo(26.0);

    // same time is not later: before the infusion
    SubjectFixture sameTime = SubjectFixture.onDates();
    sameTime.infusion(100, "10:00");
    sameTime.madrs(99, 30);
    sameTime.madrs(100, "10:00", 24);
    assertThat(outcome(sameTime.derive()).base()).isEqualTo(24.0);
  }

  @Test
  void baselineIsLatestPreInfusionAssessmentInWindow() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(103);
    s.madrs(85, 40); // 15 days before course start: outside the 14-day window, not aligned
    s.madrs(90, 34);
    Assessment base = s.madrs(98, 32);
    s.madrs(101, 20);

    SubjectDerivation d = s.derive();

    CourseOutcome o = outcome(d);
    assertThat(o)
        .extracting(
            CourseOutcome::populationItt,
            CourseOutcome::notEvaluableReason,
            CourseOutcome::base,
            CourseOutcome::baseDay,
            CourseOutcome::baseDayOffset,
            CourseOutcome::baseSourceFile,
            CourseOutcome::baseSourceLine)
        .containsExactly(true, null, 32.0, 98, -2, "qs.csv", base.sourceLine());
    assertThat(visits(d, 1))
        .extracting(
            VisitOutcome::day,
            VisitOutcome::phase,
            VisitOutcome::isBaseline,
            VisitOutcome::base,
            VisitOutcome::chg,
            VisitOutcome::pchg)
        .containsExactly(
            tuple(90, "pre_baseline_window", false, 32.0, null, null),
            tuple(98, "baseline", true, 32.0, 0.0, 0.0),
            tuple(101, "treatment", false, 32.0, -12.0, -37.5));
  }

  @Test
  void baselineWindowIncludesBothEndsOfConfiguredDays() {
    SubjectFixture atEdge = SubjectFixture.onDates();
    atEdge.infusion(100);
    atEdge.madrs(97, 30); // course start - 3
    assertThat(outcome(atEdge.derive(config("baseline_window_days: 3"))).base()).isEqualTo(30.0);

    SubjectFixture beyond = SubjectFixture.onDates();
    beyond.infusion(100);
    beyond.madrs(96, 30); // course start - 4
    beyond.madrs(101, 20);
    assertThat(outcome(beyond.derive(config("baseline_window_days: 3"))).notEvaluableReason())
        .isEqualTo("no_baseline");
  }

  @Test
  void baselineAmbiguousWhenTwoScoresAtLatestTime() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100, "12:00");
    s.madrs(95, 35);
    s.madrs(99, "09:00", 30);
    s.madrs(99, "09:00", 28);
    s.madrs(101, 12);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::populationItt,
            CourseOutcome::notEvaluableReason,
            CourseOutcome::base,
            CourseOutcome::baseDay,
            CourseOutcome::baseSourceLine,
            CourseOutcome::baselineConflict,
            CourseOutcome::ocScore,
            CourseOutcome::responderOc,
            CourseOutcome::responderLocf,
            CourseOutcome::responderNri,
            CourseOutcome::remitterNri)
        .containsExactly(
            false,
            "baseline_ambiguous",
            null,
            99,
            null,
            "30 (qs.csv:3, 09:00); 28 (qs.csv:4, 09:00)",
            12.0,
            null,
            null,
            null,
            null);
    assertThat(visits(d, 1))
        .extracting(
            VisitOutcome::phase,
            VisitOutcome::isBaseline,
            VisitOutcome::chg,
            VisitOutcome::responseFlag)
        .containsExactly(
            tuple("pre_baseline_window", false, null, null),
            tuple("baseline_candidate", false, null, null),
            tuple("baseline_candidate", false, null, null),
            tuple("endpoint_window", false, null, null));
    assertThat(d.tte()).isEmpty();
  }

  @Test
  void identicalScoresAtLatestTimeAreNotAmbiguous() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, "09:00", 30);
    Assessment later = s.madrs(99, "09:00", 30);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::populationItt, CourseOutcome::base, CourseOutcome::baseSourceLine)
        .containsExactly(true, 30.0, later.sourceLine());
    assertThat(visits(d, 1))
        .extracting(VisitOutcome::phase)
        .containsExactly("baseline_candidate", "baseline");
  }

  @Test
  void untimedAssessmentTiesWithLatestTimedOneOfTheSameDay() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, "08:00", 27);
    s.madrs(99, "09:00", 30);
    s.madrs(99, 28); // cannot be ordered against 09:00: ties with it

    CourseOutcome o = outcome(s.derive());
    assertThat(o.notEvaluableReason()).isEqualTo("baseline_ambiguous");
    assertThat(o.baselineConflict()).isEqualTo("28 (qs.csv:4, no time); 30 (qs.csv:3, 09:00)");

    SubjectFixture timed = SubjectFixture.onDates();
    timed.infusion(100);
    timed.madrs(99, "08:00", 27);
    timed.madrs(99, "09:00", 30);
    assertThat(outcome(timed.derive()).base()).isEqualTo(30.0);
  }

  @Test
  void noBaselineListedWithReason() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(102, 20);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::populationItt,
            CourseOutcome::notEvaluableReason,
            CourseOutcome::base,
            CourseOutcome::baseDay,
            CourseOutcome::ocScore,
            CourseOutcome::pchgOc,
            CourseOutcome::responderOc,
            CourseOutcome::responderNri)
        .containsExactly(false, "no_baseline", null, null, 20.0, null, null, null);
    assertThat(d.tte()).isEmpty();
  }

  @Test
  void baselineZeroIsListedWithReasonAndNotItt() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 0);
    s.madrs(101, 4);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::populationItt,
            CourseOutcome::notEvaluableReason,
            CourseOutcome::base,
            CourseOutcome::responderOc,
            CourseOutcome::remitterOc,
            CourseOutcome::responderNri)
        .containsExactly(false, "baseline_zero", 0.0, null, null, null);
    assertThat(d.tte()).isEmpty();
  }

  @Test
  void pchgNullWhenBaselineZero() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.madrs(99, 0);
    s.madrs(101, 4);

    SubjectDerivation d = s.derive();

    assertThat(outcome(d))
        .extracting(
            CourseOutcome::chgOc,
            CourseOutcome::pchgOc,
            CourseOutcome::chgLocf,
            CourseOutcome::pchgLocf)
        .containsExactly(4.0, null, 4.0, null);
    assertThat(visits(d, 1))
        .extracting(VisitOutcome::chg, VisitOutcome::pchg)
        .containsExactly(tuple(0.0, null), tuple(4.0, null));
  }
}
