package org.infusionoutcomes.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParsingTest {

  private static RejectRule ruleOf(Runnable parse) {
    try {
      parse.run();
    } catch (FieldProblem p) {
      return p.rule();
    }
    throw new AssertionError("no FieldProblem thrown");
  }

  @ParameterizedTest
  @CsvSource({
    "2024-03-05, 2024-03-05, ",
    "2024-03-05T10:30, 2024-03-05, 10:30",
    "2024-03-05 10:30, 2024-03-05, 10:30",
    "2024-03-05T10:30:15, 2024-03-05, 10:30:15",
    "2024-03-05T10:30:15.5, 2024-03-05, 10:30:15.5",
    "'2024-03-05T10:30:15,5', 2024-03-05, 10:30:15.5",
    "2024-03-05T23:30:00+05:30, 2024-03-05, 23:30",
    "2024-03-05T23:30:00-0800, 2024-03-05, 23:30",
    "2024-03-05T00:10Z, 2024-03-05, 00:10",
    "  2024-03-05  , 2024-03-05, ",
  })
  void isoDateAndDateTimeKeepTheLocalDateAndTimeAsWritten(
      String text, LocalDate date, String time) {
    TimeParsing.DateTimeValue v = TimeParsing.parseDateTime(text, "c");

    assertThat(v.date()).isEqualTo(date);
    assertThat(v.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
  }

  @Test
  void emptyDateIsNull() {
    assertThat(TimeParsing.parseDateTime(null, "c")).isNull();
    assertThat(TimeParsing.parseDateTime("  ", "c")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "2024-03",
        "2024---15",
        "--03-15",
        "2024-03--",
        "2024-03--T10:00",
        "-----T07:15"
      })
  void dateMissingAPartIsPartial(String text) {
    assertThat(ruleOf(() -> TimeParsing.parseDateTime(text, "QSDTC")))
        .isEqualTo(RejectRule.PARTIAL_DATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "2024-3-5",
        "2024-03-5",
        "05/03/2024",
        "20240305x",
        "2024-03-05 10:30 PM",
        "2024-03-05T25:00",
        "2024-03-05Tnoon",
        "soon",
        "2024-03-05/2024-03-06"
      })
  void garbageDateIsInvalid(String text) {
    assertThat(ruleOf(() -> TimeParsing.parseDateTime(text, "QSDTC")))
        .isEqualTo(RejectRule.INVALID_DATE);
  }

  @Test
  void problemNamesTheColumnAndTheValue() {
    assertThatThrownBy(() -> TimeParsing.parseDateTime("2024-03", "QSDTC"))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.column()).isEqualTo("QSDTC");
              assertThat(p.getMessage())
                  .isEqualTo(
                      "'2024-03' is a partial date; a full date (YYYY-MM-DD) is needed to place the record on a day");
            });
  }

  @Test
  void leapDayIsAValidDate() {
    assertThat(TimeParsing.parseDateTime("2024-02-29", "c").date())
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @CsvSource({"9:05, 09:05", "09:05, 09:05", "23:59:59, 23:59:59", "00:00, 00:00"})
  void timeOfDayAcceptsHoursAndMinutesWithOptionalSeconds(String text, LocalTime expected) {
    assertThat(TimeParsing.parseTime(text, "t")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "9", "10:61", "noon", "10.30"})
  void badTimeOfDayIsInvalidTime(String text) {
    assertThat(ruleOf(() -> TimeParsing.parseTime(text, "t"))).isEqualTo(RejectRule.INVALID_TIME);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "-1, -1", "-14, -14", "3.0, 3", " 28 , 28"})
  void studyDayIsAWholeNumberOtherThanZero(String text, int expected) {
    assertThat(TimeParsing.parseStudyDay(text, "QSDY")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0.0", "1.5", "day 3", "x"})
  void studyDayZeroOrNotWholeIsInvalid(String text) {
    assertThat(ruleOf(() -> TimeParsing.parseStudyDay(text, "QSDY")))
        .isEqualTo(RejectRule.INVALID_STUDY_DAY);
  }

  @Test
  void studyDayOneIsTheReferenceDateAndMinusOneTheDayBefore() {
    LocalDate ref = LocalDate.of(2024, 3, 10);

    assertThat(TimeParsing.dateOfStudyDay(ref, 1)).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(TimeParsing.dateOfStudyDay(ref, 2)).isEqualTo(LocalDate.of(2024, 3, 11));
    assertThat(TimeParsing.dateOfStudyDay(ref, -1)).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(TimeParsing.dateOfStudyDay(ref, -14)).isEqualTo(LocalDate.of(2024, 2, 25));
  }

  @Test
  void referenceDateIsRecoveredFromADateAndItsStudyDay() {
    assertThat(TimeParsing.referenceDateOf(LocalDate.of(2024, 3, 10), 1))
        .isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(TimeParsing.referenceDateOf(LocalDate.of(2024, 3, 16), 7))
        .isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(TimeParsing.referenceDateOf(LocalDate.of(2024, 3, 9), -1))
        .isEqualTo(LocalDate.of(2024, 3, 10));
  }

  @Test
  void studyDayAxisClosesTheGapAtZero() {
    assertThat(TimeParsing.axisDayOfStudyDay(1)).isEqualTo(1);
    assertThat(TimeParsing.axisDayOfStudyDay(8)).isEqualTo(8);
    assertThat(TimeParsing.axisDayOfStudyDay(-1)).isEqualTo(0);
    assertThat(TimeParsing.axisDayOfStudyDay(-14)).isEqualTo(-13);
    // day -1 lies exactly one day before day 1; day -14 lies 14 days before day 1
    assertThat(TimeParsing.axisDayOfStudyDay(1) - TimeParsing.axisDayOfStudyDay(-1)).isEqualTo(1);
    assertThat(TimeParsing.axisDayOfStudyDay(1) - TimeParsing.axisDayOfStudyDay(-14)).isEqualTo(14);
  }

  @Test
  void customPatternReadsDatesAndDateTimes() {
    DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/uuuu[ HH:mm]");

    assertThat(TimeParsing.parseDateTime("03/05/2024", "d", us).date())
        .isEqualTo(LocalDate.of(2024, 3, 5));
    TimeParsing.DateTimeValue v = TimeParsing.parseDateTime("03/05/2024 14:20", "d", us);
    assertThat(v.time()).isEqualTo(LocalTime.of(14, 20));
    assertThat(ruleOf(() -> TimeParsing.parseDateTime("2024-03-05", "d", us)))
        .isEqualTo(RejectRule.INVALID_DATE);
  }

  @Test
  void recordTimeNeedsADateOrAStudyDay() {
    assertThatThrownBy(() -> RecordTime.parse(null, "QSDTC", null, "QSDY", null, null))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.rule()).isEqualTo(RejectRule.MISSING_TIME);
              assertThat(p.column()).isEqualTo("QSDTC");
            });
    RecordTime t = RecordTime.parse(null, "QSDTC", "-2", "QSDY", null, null);
    assertThat(t.studyDay()).isEqualTo(-2);
    assertThat(t.date()).isNull();
    assertThat(t.time()).isNull();
  }
}
