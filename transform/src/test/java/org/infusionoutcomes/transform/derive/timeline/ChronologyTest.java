package org.infusionoutcomes.transform.derive.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.junit.jupiter.api.Test;

class ChronologyTest {
  private static long line = 1;

  private static Assessment at(int day, String time, double total) {
    return new Assessment(
        "S",
        null,
        "P",
        "MADRS",
        "1.0",
        null,
        null,
        day,
        TimeAxis.STUDY_DAY,
        time == null ? null : LocalTime.parse(time),
        null,
        List.of(),
        0,
        total,
        "reported",
        total,
        null,
        null,
        "generic_csv",
        "qs.csv",
        ++line,
        List.of(line),
        null);
  }

  private static Infusion infusion(int day, String time) {
    return new Infusion(
        "S",
        null,
        "P",
        null,
        null,
        day,
        TimeAxis.STUDY_DAY,
        time == null ? null : LocalTime.parse(time),
        0.5,
        null,
        null,
        null,
        null,
        "generic_csv",
        "ex.csv",
        ++line);
  }

  @Test
  void preInfusionUnlessBothTimedAndAssessmentLater() {
    assertThat(Chronology.isPreInfusion(at(9, "23:00", 1), infusion(10, "08:00"))).isTrue();
    assertThat(Chronology.isPreInfusion(at(11, "01:00", 1), infusion(10, "08:00"))).isFalse();
    assertThat(Chronology.isPreInfusion(at(10, "09:00", 1), infusion(10, "08:00"))).isFalse();
    assertThat(Chronology.isPreInfusion(at(10, "08:00", 1), infusion(10, "08:00"))).isTrue();
    assertThat(Chronology.isPreInfusion(at(10, null, 1), infusion(10, "08:00"))).isTrue();
    assertThat(Chronology.isPreInfusion(at(10, "09:00", 1), infusion(10, null))).isTrue();
  }

  @Test
  void untimedRecordsSortFirstWithinTheirDay() {
    Assessment timed = at(10, "08:00", 1);
    Assessment untimed = at(10, null, 1);
    Assessment earlierDay = at(9, "23:00", 1);
    List<Assessment> sorted = Chronology.sorted(List.of(timed, untimed, earlierDay));
    assertThat(sorted).containsExactly(earlierDay, untimed, timed);
  }

  @Test
  void latestAndEarliestTieUntimedRecordsWithTheEdgeTime() {
    Assessment early = at(10, "08:00", 27);
    Assessment late = at(10, "09:00", 30);
    Assessment untimed = at(10, null, 28);
    Assessment dayBefore = at(9, "12:00", 20);
    List<Assessment> all = List.of(early, late, untimed, dayBefore);

    Extreme latest = Chronology.latest(all);
    assertThat(latest.tied()).containsExactly(untimed, late);
    assertThat(latest.chosen()).isSameAs(late);
    assertThat(latest.conflicting()).isTrue();

    Extreme earliest = Chronology.earliest(List.of(early, late, untimed));
    assertThat(earliest.tied()).containsExactly(untimed, early);
    assertThat(earliest.chosen()).isSameAs(untimed);

    assertThat(Chronology.latest(List.of(early, late)).conflicting()).isFalse();
  }
}
