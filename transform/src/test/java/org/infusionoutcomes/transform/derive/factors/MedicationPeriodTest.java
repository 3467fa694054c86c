package org.infusionoutcomes.transform.derive.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.junit.jupiter.api.Test;

class MedicationPeriodTest {
  private static final LocalDate REF = LocalDate.of(2024, 3, 1);

  private static int day(String iso) {
    return Math.toIntExact(LocalDate.parse(iso).toEpochDay());
  }

  @Test
  void partialStartCountsFromTheFirstDayItAllowsAndPartialEndToTheLast() {
    MedicationPeriod p =
        MedicationPeriod.resolve("2024-02", null, "2024", null, false, TimeAxis.DATE, null)
            .orElseThrow();
    assertThat(p.firstDay()).isEqualTo(day("2024-02-01"));
    assertThat(p.lastDay()).isEqualTo(day("2024-12-31"));
  }

  @Test
  void partialMonthEndReachesTheLastDayOfThatMonthIncludingLeapDay() {
    MedicationPeriod p =
        MedicationPeriod.resolve("2024-01-10", null, "2024-02", null, false, TimeAxis.DATE, null)
            .orElseThrow();
    assertThat(p.lastDay()).isEqualTo(day("2024-02-29"));
  }

  @Test
  void ongoingHasNoEndAndOverlapsEverythingAfterItsStart() {
    MedicationPeriod p =
        MedicationPeriod.resolve("2020-05-05", null, null, null, true, TimeAxis.DATE, null)
            .orElseThrow();
    assertThat(p.lastDay()).isNull();
    assertThat(p.overlaps(day("2024-01-01"), day("2024-01-10"))).isTrue();
    assertThat(p.overlaps(day("2020-01-01"), day("2020-05-04"))).isFalse();
  }

  @Test
  void noEndAndNotOngoingIsTheStartDayOnly() {
    MedicationPeriod p =
        MedicationPeriod.resolve("2024-03-05", null, "", null, false, TimeAxis.DATE, null)
            .orElseThrow();
    assertThat(p.lastDay()).isEqualTo(p.firstDay());
    assertThat(p.overlaps(day("2024-03-05"), day("2024-03-20"))).isTrue();
    assertThat(p.overlaps(day("2024-03-06"), day("2024-03-20"))).isFalse();
    assertThat(p.overlaps(day("2024-02-20"), day("2024-03-04"))).isFalse();
  }

  @Test
  void studyDaysAreShiftedOntoTheDateAxisByTheReferenceDate() {
    MedicationPeriod p =
        MedicationPeriod.resolve(null, -2, null, 3, false, TimeAxis.DATE, REF).orElseThrow();
    assertThat(p.firstDay()).isEqualTo(day("2024-02-28")); // day -2 = two days before day 1
    assertThat(p.lastDay()).isEqualTo(day("2024-03-03"));
  }

  @Test
  void datesOnAStudyDayAxisNeedTheReferenceDate() {
    assertThat(
            MedicationPeriod.resolve("2024-03-01", null, null, null, false, TimeAxis.STUDY_DAY, REF)
                .orElseThrow()
                .firstDay())
        .isEqualTo(1);
    assertThat(
            MedicationPeriod.resolve(null, -1, null, null, false, TimeAxis.STUDY_DAY, null)
                .orElseThrow()
                .firstDay())
        .isEqualTo(0);
    assertThat(
            MedicationPeriod.resolve(
                "2024-03-01", null, null, null, false, TimeAxis.STUDY_DAY, null))
        .isEmpty();
  }

  @Test
  void unplaceableStartGivesNoPeriod() {
    assertThat(MedicationPeriod.resolve("03/2024", null, null, null, false, TimeAxis.DATE, null))
        .isEqualTo(Optional.empty());
    assertThat(MedicationPeriod.resolve("2024-02-30", null, null, null, false, TimeAxis.DATE, null))
        .isEmpty();
  }
}
