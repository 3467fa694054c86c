package org.infusionoutcomes.ingest.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericScoresReaderTest {
  private static final String HEADER =
      "study_id,site_id,subject_id,instrument,visit,item,score,assessment_date,study_day,assessment_time\n";

  private static SinkRecorder read(String rows) {
    return SinkRecorder.read(SourceFormat.GENERIC_SCORES, "scores.csv", HEADER + rows);
  }

  private static ScoreObservation onlyScore(String row) {
    SinkRecorder r = read(row + "\n");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores()).hasSize(1);
    return r.scores().get(0);
  }

  private static Reject onlyReject(String row) {
    SinkRecorder r = read(row + "\n");
    assertThat(r.scores()).isEmpty();
    assertThat(r.recordsRead()).isEqualTo(1);
    return r.onlyReject();
  }

  @Test
  void itemRowBecomesAnObservationWithEveryField() {
    ScoreObservation o = onlyScore("S1,SITE-A,P1,MADRS,BL,3, 4 ,2024-01-02,,");

    assertThat(o.studyId()).isEqualTo("S1");
    assertThat(o.siteId()).isEqualTo("SITE-A");
    assertThat(o.subjectId()).isEqualTo("P1");
    assertThat(o.scale()).isEqualTo("MADRS");
    assertThat(o.item()).isEqualTo(3);
    assertThat(o.value()).isEqualTo("4");
    assertThat(o.valueColumn()).isEqualTo("score");
    assertThat(o.visit()).isEqualTo("BL");
    assertThat(o.date()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(o.studyDay()).isNull();
    assertThat(o.time()).isNull();
    assertThat(o.origin().line()).isEqualTo(2);
    assertThat(o.origin().rawRecord()).isEqualTo("S1,SITE-A,P1,MADRS,BL,3, 4 ,2024-01-02,,");
    assertThat(o.origin().format()).isEqualTo(SourceFormat.GENERIC_SCORES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"study_id", "subject_id", "instrument", "item"})
  void emptyRequiredValueRejectsTheRowNamingTheColumn(String column) {
    String row = "S1,,P1,MADRS,,3,4,2024-01-02,,";
    String[] header = HEADER.trim().split(",");
    String[] cells = row.split(",", -1);
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(column)) {
        cells[i] = "";
      }
    }

    Reject reject = onlyReject(String.join(",", cells));

    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_VALUE);
    assertThat(reject.column()).isEqualTo(column);
  }

  @Test
  void unknownScaleIsRejected() {
    Reject reject = onlyReject("S1,,P1,HAMD,,1,2,2024-01-02,,");

    assertThat(reject.rule()).isEqualTo(RejectRule.UNKNOWN_SCALE);
    assertThat(reject.column()).isEqualTo("instrument");
    assertThat(reject.reason())
        .isEqualTo(IngestErrors.unknownScale("instrument", "instrument", "HAMD").getMessage());
    assertThat(reject.studyId()).isEqualTo("S1");
    assertThat(reject.subjectId()).isEqualTo("P1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PHQ-9", "phq9", "Phq 9", "PHQ9", "phq_9"})
  void phq9SpellingsResolveToTheCanonicalId(String spelling) {
    assertThat(onlyScore("S1,,P1," + spelling + ",,9,1,2024-01-02,,").scale()).isEqualTo("PHQ9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"madrs", "MADRS", "Madrs-10"})
  void madrsSpellingsResolveToTheCanonicalId(String spelling) {
    assertThat(onlyScore("S1,,P1," + spelling + ",,10,1,2024-01-02,,").scale()).isEqualTo("MADRS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11", "0", "x", "-1", "1.5", "total score"})
  void itemThatIsNotAnItemOfTheScaleIsRejected(String item) {
    Reject reject = onlyReject("S1,,P1,MADRS,," + item + ",2,2024-01-02,,");

    assertThat(reject.rule()).isEqualTo(RejectRule.UNKNOWN_ITEM);
    assertThat(reject.column()).isEqualTo("item");
    assertThat(reject.reason())
        .isEqualTo("item '" + item + "' is not an item of MADRS (1..10 or 'total')");
  }

  @Test
  void phq9HasNoTenthItem() {
    assertThat(onlyReject("S1,,P1,PHQ-9,,10,2,2024-01-02,,").rule())
        .isEqualTo(RejectRule.UNKNOWN_ITEM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"total", "TOTAL", "Total"})
  void totalRowIsTheReportedTotal(String item) {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,," + item + ",31,2024-01-02,,");

    assertThat(o.item()).isEqualTo(ItemRef.TOTAL);
    assertThat(o.value()).isEqualTo("31");
  }

  @Test
  void emptyScoreIsAMissingItemNotAReject() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,4,,2024-01-02,,");

    assertThat(o.item()).isEqualTo(4);
    assertThat(o.value()).isNull();
  }

  @Test
  void scoreTextIsKeptForScoringToJudge() {
    assertThat(onlyScore("S1,,P1,MADRS,,4,2.5,2024-01-02,,").value()).isEqualTo("2.5");
    assertThat(onlyScore("S1,,P1,MADRS,,4,abc,2024-01-02,,").value()).isEqualTo("abc");
  }

  @Test
  void dateTimeWithOffsetKeepsTheLocalDateAndTimeAsWritten() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,1,2,2024-03-01T23:30:00-05:00,,");

    assertThat(o.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(o.time()).isEqualTo(LocalTime.of(23, 30));
  }

  @Test
  void dateTimeWithZuluAndFractionKeepsTheLocalTime() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,1,2,2024-03-01T08:15:30.250Z,,");

    assertThat(o.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(o.time()).isEqualTo(LocalTime.of(8, 15, 30, 250_000_000));
  }

  @Test
  void separateTimeColumnWinsOverTheTimeOfADateTime() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,1,2,2024-03-01T08:15,,9:05");

    assertThat(o.time()).isEqualTo(LocalTime.of(9, 5));
  }

  @Test
  void partialDateIsRejectedAsPartial() {
    Reject reject = onlyReject("S1,,P1,MADRS,,1,2,2024-03,,");

    assertThat(reject.rule()).isEqualTo(RejectRule.PARTIAL_DATE);
    assertThat(reject.column()).isEqualTo("assessment_date");
    assertThat(reject.reason()).startsWith("'2024-03' is a partial date");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30",
        "03/01/2024",
        "yesterday",
        "2024-3-5",
        "2024-03-05 10:30 PM",
        "2024-13-01"
      })
  void garbageDateIsRejectedAsInvalid(String date) {
    Reject reject = onlyReject("S1,,P1,MADRS,,1,2," + date + ",,");

    assertThat(reject.rule()).isEqualTo(RejectRule.INVALID_DATE);
    assertThat(reject.column()).isEqualTo("assessment_date");
  }

  @Test
  void studyDayAloneIsEnough() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,1,2,,-3,");

    assertThat(o.date()).isNull();
    assertThat(o.studyDay()).isEqualTo(-3);
  }

  @Test
  void studyDayZeroIsRejected() {
    Reject reject = onlyReject("S1,,P1,MADRS,,1,2,,0,");

    assertThat(reject.rule()).isEqualTo(RejectRule.INVALID_STUDY_DAY);
    assertThat(reject.column()).isEqualTo("study_day");
  }

  @Test
  void fractionalStudyDayIsRejected() {
    assertThat(onlyReject("S1,,P1,MADRS,,1,2,,1.5,").rule())
        .isEqualTo(RejectRule.INVALID_STUDY_DAY);
  }

  @Test
  void neitherDateNorStudyDayIsMissingTime() {
    Reject reject = onlyReject("S1,,P1,MADRS,,1,2,,,10:00");

    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_TIME);
    assertThat(reject.reason())
        .isEqualTo(
            "'assessment_date' and 'study_day' are both empty; a date or a study day is needed to place the record in time");
  }

  @Test
  void badTimeOfDayIsRejected() {
    Reject reject = onlyReject("S1,,P1,MADRS,,1,2,2024-01-02,,25:00");

    assertThat(reject.rule()).isEqualTo(RejectRule.INVALID_TIME);
    assertThat(reject.column()).isEqualTo("assessment_time");
  }

  @Test
  void dateAndStudyDayAreBothKept() {
    ScoreObservation o = onlyScore("S1,,P1,MADRS,,1,2,2024-01-02,5,");

    assertThat(o.date()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(o.studyDay()).isEqualTo(5);
  }

  @Test
  void studyDayOnlyHeaderIsAccepted() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_SCORES,
            "scores.csv",
            "study_id,subject_id,instrument,item,score,study_day\nS1,P1,MADRS,1,2,1\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores().get(0).studyDay()).isEqualTo(1);
  }
}
