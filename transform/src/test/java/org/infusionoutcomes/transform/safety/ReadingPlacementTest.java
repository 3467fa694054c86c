package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.infusion;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingPlacementTest {
  private static final List<SafetyInfusion> ONE = List.of(infusion(1, 1, 100, "10:00"));
  private static final List<SafetyInfusion> TWO_A_DAY =
      List.of(infusion(1, 1, 100, "08:00"), infusion(1, 2, 100, "14:00"));

  @Test
  void minutesFromStartWinsOverTimeOfDay() {
    Placement p = ReadingPlacement.place(100, LocalTime.of(11, 0), -15, ONE);
    assertThat(p.status()).isEqualTo(Placement.PLACED);
    assertThat(p.offsetMinutes()).isEqualTo(-15);
    assertThat(p.infusion().infusionNumber()).isEqualTo(1);
  }

  @Test
  void offsetFromTimesOfDayInWholeMinutes() {
    Placement p = ReadingPlacement.place(100, LocalTime.of(10, 40, 59), null, ONE);
    assertThat(p.offsetMinutes()).isEqualTo(40);
    assertThat(ReadingPlacement.place(100, LocalTime.of(9, 45), null, ONE).offsetMinutes())
        .isEqualTo(-15);
  }

  @Test
  void severalInfusionsADayTakeTheLatestStartingAtOrBeforeTheReading() {
    Placement afternoon = ReadingPlacement.place(100, LocalTime.of(14, 30), null, TWO_A_DAY);
    assertThat(afternoon.infusion().infusionNumber()).isEqualTo(2);
    assertThat(afternoon.offsetMinutes()).isEqualTo(30);
    Placement atStart = ReadingPlacement.place(100, LocalTime.of(14, 0), null, TWO_A_DAY);
    assertThat(atStart.infusion().infusionNumber()).isEqualTo(2);
    assertThat(atStart.offsetMinutes()).isEqualTo(0);
    Placement midday = ReadingPlacement.place(100, LocalTime.of(13, 0), null, TWO_A_DAY);
    assertThat(midday.infusion().infusionNumber()).isEqualTo(1);
    assertThat(midday.offsetMinutes()).isEqualTo(300);
    Placement early = ReadingPlacement.place(100, LocalTime.of(7, 50), null, TWO_A_DAY);
    assertThat(early.infusion().infusionNumber()).isEqualTo(1);
    assertThat(early.offsetMinutes()).isEqualTo(-10);
  }

  @Test
  void severalInfusionsADayWithoutReadingTimeIsUnplacedEvenWithMinutes() {
    assertThat(ReadingPlacement.place(100, null, 30, TWO_A_DAY).status())
        .isEqualTo(Placement.UNPLACED);
  }

  @Test
  void noTimeAndNoMinutesIsUnplaced() {
    assertThat(ReadingPlacement.place(100, null, null, ONE).status()).isEqualTo(Placement.UNPLACED);
    List<SafetyInfusion> untimed = List.of(infusion(1, 1, 100, null));
    assertThat(ReadingPlacement.place(100, LocalTime.of(10, 0), null, untimed).status())
        .isEqualTo(Placement.UNPLACED);
    assertThat(ReadingPlacement.place(100, null, 20, untimed).offsetMinutes()).isEqualTo(20);
  }

  @Test
  void readingOnADayWithoutInfusion() {
    Placement p = ReadingPlacement.place(101, LocalTime.of(10, 30), 30, ONE);
    assertThat(p.status()).isEqualTo(Placement.NO_INFUSION);
    assertThat(p.infusion()).isNull();
    assertThat(p.offsetMinutes()).isNull();
  }

  @Test
  void timeTextParsing() {
    assertThat(ReadingPlacement.parseTime("09:05")).isEqualTo(LocalTime.of(9, 5));
    assertThat(ReadingPlacement.parseTime("09:05:30")).isEqualTo(LocalTime.of(9, 5, 30));
    assertThat(ReadingPlacement.parseTime(" ")).isNull();
    assertThat(ReadingPlacement.parseTime("9h")).isNull();
  }
}
