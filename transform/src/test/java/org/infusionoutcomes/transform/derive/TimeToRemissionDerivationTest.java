package org.infusionoutcomes.transform.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.derive.Rows.tte;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.junit.jupiter.api.Test;

/** Time to remission: as time to response, with remission as the event (docs/definitions.md). */
class TimeToRemissionDerivationTest {

  private static TteRecord timeToRemission(SubjectDerivation d, int course) {
    return tte(d, course).stream()
        .filter(t -> TteRecord.TIME_TO_REMISSION.equals(t.endpoint()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void remissionAfterResponseIsItsOwnEvent() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.infusion(104);
    s.madrs(99, 30);
    s.madrs(103, 14); // response (>= 50%), not remission (> 10)
    Assessment remission = s.madrs(106, 10); // remission: at or below 10

    TteRecord t = timeToRemission(s.derive(), 1);

    assertThat(t)
        .extracting(
            TteRecord::isPrimary,
            TteRecord::originDay,
            TteRecord::endDay,
            TteRecord::timeDays,
            TteRecord::cnsr,
            TteRecord::eventDescription,
            TteRecord::eventScore,
            TteRecord::sourceLine)
        .containsExactly(
            true,
            100,
            106,
            6,
            0,
            "remission: MADRS 10 on day 6 after course start",
            10.0,
            remission.sourceLine());
    assertThat(Rows.timeToResponse(s.derive(), 1).endDay()).isEqualTo(103);
  }

  @Test
  void withoutRemissionCensoredAtLastInCourseAssessment() {
    SubjectFixture s = SubjectFixture.onDates();
    s.infusion(100);
    s.infusion(102);
    s.madrs(99, 30);
    Assessment last = s.madrs(109, 12);
    s.madrs(110, 2); // after the endpoint window

    TteRecord t = timeToRemission(s.derive(), 1);

    assertThat(t)
        .extracting(TteRecord::endDay, TteRecord::timeDays, TteRecord::cnsr, TteRecord::sourceLine)
        .containsExactly(109, 9, 1, last.sourceLine());
  }
}
