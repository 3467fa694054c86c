package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.infusionoutcomes.transform.derive.Rows.durability;
import static org.infusionoutcomes.transform.derive.Rows.tte;
import static org.infusionoutcomes.transform.derive.SubjectFixture.config;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.junit.jupiter.api.Test;

/** docs/definitions.md ("Durability", "Course"). */
class DurabilityDerivationTest {

  private static final String LOR = "loss_of_response";
  private static final String THRESHOLD = "threshold";

  /** Infusions on days 100, 102, 104 (t0 = 104), baseline 30 on day 99. */
  private static SubjectFixture induction() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 30);
    return s;
  }

  @Test
  void durabilityOnlyForOcResponders() {
    SubjectFixture s = induction();
    s.madrs(105, 20); // OC endpoint, not a response
    s.madrs(112, 10);

    assertThat(s.derive().tte())
        .extracting(TteRecord::endpoint)
        .containsExactly("time_to_response", "time_to_remission");
  }

  @Test
  void durabilityHasOneRowPerRelapseRule() {
    SubjectFixture s = induction();
    Assessment oc = s.madrs(105, 12); // OC endpoint: response
    s.madrs(111, 14);
    Assessment lost = s.madrs(118, 16); // 46.7% reduction: loss of response, below 22
    Assessment high = s.madrs(125, 24); // at or above 22

    SubjectDerivation d = s.derive();

    assertThat(tte(d, 1))
        .filteredOn(t -> !TteRecord.TIME_TO_REMISSION.equals(t.endpoint()))
        .extracting(
            TteRecord::endpoint,
            TteRecord::relapseRule,
            TteRecord::isPrimary,
            TteRecord::criterionDefinition,
            TteRecord::originDay,
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::sourceLine)
        .containsExactly(
            tuple(
                "time_to_response",
                null,
                true,
                ">= 50% reduction from baseline in MADRS total",
                100,
                105,
                5,
                0,
                "response: MADRS 12 on day 5 after course start",
                oc.sourceLine()),
            tuple(
                "durability",
                LOR,
                true,
                "< 50% reduction from baseline in MADRS total",
                104,
                118,
                14,
                0,
                "relapse (loss of response): MADRS 16 on day 14 after last infusion",
                lost.sourceLine()),
            tuple(
                "durability",
                THRESHOLD,
                false,
                "MADRS total >= 22",
                104,
                125,
                21,
                0,
                "relapse (threshold): MADRS 24 on day 21 after last infusion",
                high.sourceLine()));
    assertThat(tte(s.derive(config("relapse_rule: threshold")), 1))
        .extracting(TteRecord::relapseRule, TteRecord::isPrimary)
        .containsExactly(
            tuple(null, true), tuple(null, true), tuple(LOR, false), tuple(THRESHOLD, true));
  }

  @Test
  void relapseLookedForOnlyInFollowUpAfterEndpoint() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(104);
    s.madrs(99, 50);
    s.madrs(102, 40); // treatment: no response yet, but not follow-up
    s.madrs(105, 24); // OC endpoint: a response (52%), and at or above 22
    Assessment last = s.madrs(112, 20);

    SubjectDerivation d = s.derive();

    assertThat(tte(d, 1))
        .filteredOn(t -> t.endpoint().equals("durability"))
        .extracting(TteRecord::endDay, TteRecord::timeDays, TteRecord::cnsr, TteRecord::sourceLine)
        .containsExactly(tuple(112, 8, 1, last.sourceLine()), tuple(112, 8, 1, last.sourceLine()));
    assertThat(durability(d, 1, LOR).eventDescription())
        .isEqualTo("censored: last follow-up assessment, MADRS 20 on day 8 after last infusion");
  }

  @Test
  void durabilityCensoredAtEndpointWithoutFollowUp() {
    SubjectFixture s = induction();
    Assessment oc = s.madrs(105, 12);

    TteRecord t = durability(s.derive(), 1, LOR);

    assertThat(t)
        .extracting(
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::sourceLine)
        .containsExactly(
            105,
            1,
            1,
            "censored: no follow-up, endpoint assessment MADRS 12 on day 1 after last infusion",
            oc.sourceLine());
  }

  @Test
  void relapseNeedsTwoConsecutiveWhenConfirmationsTwo() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    Assessment single = s.madrs(111, 16); // qualifies, but the next does not
    s.madrs(118, 14);
    Assessment first = s.madrs(125, 17);
    s.madrs(132, 18);
    s.madrs(139, 12);

    TteRecord two = durability(s.derive(config("relapse_confirmations: 2")), 1, LOR);

    assertThat(two)
        .extracting(
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::criterionDefinition,
            TteRecord::sourceLine)
        .containsExactly(
            125,
            21,
            0,
            "relapse (loss of response): MADRS 17 on day 21 after last infusion, confirmed by 2"
                + " consecutive assessments",
            "< 50% reduction from baseline in MADRS total, confirmed by 2 consecutive follow-up"
                + " assessments",
            first.sourceLine());
    assertThat(durability(s.derive(), 1, LOR).sourceLine()).isEqualTo(single.sourceLine());
  }

  @Test
  void qualifyingLastAssessmentIsNotAnEventWhenConfirmationsTwo() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    s.madrs(111, 14);
    Assessment last = s.madrs(118, 17); // qualifies, nothing after it

    TteRecord t = durability(s.derive(config("relapse_confirmations: 2")), 1, LOR);

    assertThat(t)
        .extracting(TteRecord::endDay, TteRecord::cnsr, TteRecord::sourceLine)
        .containsExactly(118, 1, last.sourceLine());
  }

  @Test
  void nextCourseCensorsDurabilityWithoutFollowUp() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    Infusion next = s.infusion(130); // 26 days later: course 2

    SubjectDerivation d = s.derive();

    assertThat(tte(d, 1))
        .filteredOn(t -> t.endpoint().equals("durability"))
        .extracting(
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::eventScore,
            TteRecord::sourceTable,
            TteRecord::sourceFile,
            TteRecord::sourceLine)
        .containsOnly(
            tuple(
                130,
                26,
                1,
                "censored: next course started on day 26 after last infusion",
                null,
                "infusions",
                "ex.csv",
                next.sourceLine()));
  }

  @Test
  void nextCourseBeforeRelapseCensorsAtNextCourseNotAtLastFollowUp() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    s.madrs(111, 14);
    s.infusion(130);

    assertThat(durability(s.derive(), 1, LOR))
        .extracting(TteRecord::endDay, TteRecord::timeDays, TteRecord::cnsr, TteRecord::sourceTable)
        .containsExactly(130, 26, 1, "infusions");
  }

  @Test
  void followUpEndsStrictlyBeforeNextCourseFirstInfusionDay() {
    SubjectFixture onNextDay = induction();
    onNextDay.madrs(105, 12);
    onNextDay.madrs(130, 28); // pre-infusion on the next course's first day: its baseline
    onNextDay.infusion(130);
    assertThat(durability(onNextDay.derive(), 1, LOR))
        .extracting(TteRecord::endDay, TteRecord::cnsr)
        .containsExactly(130, 1);

    SubjectFixture dayBefore = induction();
    dayBefore.madrs(105, 12);
    dayBefore.madrs(129, 28);
    dayBefore.infusion(130);
    assertThat(durability(dayBefore.derive(), 1, LOR))
        .extracting(TteRecord::endDay, TteRecord::cnsr)
        .containsExactly(129, 0);
  }

  @Test
  void retreatmentIsRelapseMakesNextCourseTheEvent() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    s.madrs(111, 14);
    Infusion next = s.infusion(130);

    TteRecord t = durability(s.derive(config("retreatment_is_relapse: true")), 1, LOR);

    assertThat(t)
        .extracting(
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::sourceTable,
            TteRecord::sourceLine)
        .containsExactly(
            130,
            26,
            0,
            "event: next course started (retreatment_is_relapse) on day 26 after last infusion",
            "infusions",
            next.sourceLine());
  }

  @Test
  void relapseBeforeNextCourseStaysTheEventUnderRetreatmentIsRelapse() {
    SubjectFixture s = induction();
    s.madrs(105, 12);
    Assessment lost = s.madrs(118, 16);
    s.infusion(130);

    assertThat(durability(s.derive(config("retreatment_is_relapse: true")), 1, LOR))
        .extracting(TteRecord::endDay, TteRecord::cnsr, TteRecord::sourceLine)
        .containsExactly(118, 0, lost.sourceLine());
  }
}
