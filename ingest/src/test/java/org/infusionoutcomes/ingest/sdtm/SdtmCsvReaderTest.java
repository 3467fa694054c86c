package org.infusionoutcomes.ingest.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.IntStream;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdtmCsvReaderTest {
  private static final String QS =
      "STUDYID,DOMAIN,USUBJID,QSSEQ,QSCAT,QSTESTCD,QSORRES,QSSTRESN,QSSTAT,VISIT,VISITNUM,QSDTC,QSDY\n";
  private static final String RS =
      "STUDYID,DOMAIN,USUBJID,RSSEQ,RSCAT,RSTESTCD,RSORRES,RSSTRESN,RSSTAT,VISIT,VISITNUM,RSDTC,RSDY\n";
  private static final String EX =
      "STUDYID,DOMAIN,USUBJID,EXSEQ,EXTRT,EXDOSE,EXDOSU,EXROUTE,EXSTDTC,EXSTDY,EXGRPID,EPOCH\n";
  private static final String DM = "STUDYID,DOMAIN,USUBJID,SITEID,RFSTDTC,BRTHDTC,AGE,SEX,ARM\n";

  private static SinkRecorder read(String name, String text) {
    return SinkRecorder.read(SourceFormat.SDTM_CSV, name, text);
  }

  private static String qsRow(String testcd, String orres, String stresn, String stat) {
    return "KET1,QS,KET1-001,1,PHQ-9,"
        + testcd
        + ","
        + orres
        + ","
        + stresn
        + ","
        + stat
        + ",BASELINE,1,2024-01-02,1\n";
  }

  @Test
  void qsPhq9ItemsAndTotalAreReadAndTheDifficultyItemIsIgnored() {
    StringBuilder text = new StringBuilder(QS);
    IntStream.rangeClosed(1, 9)
        .forEach(i -> text.append(qsRow("PHQ010" + i, "x", Integer.toString(i % 4), "")));
    text.append(qsRow("PHQ0110", "Somewhat difficult", "1", ""));
    text.append(qsRow("PHQ0111", "13", "13", ""));

    SinkRecorder r = read("qs.csv", text.toString());

    assertThat(r.rejects()).isEmpty();
    assertThat(r.recordsRead()).isEqualTo(11);
    assertThat(r.scores())
        .extracting(ScoreObservation::item)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, ItemRef.TOTAL);
    assertThat(r.scores()).extracting(ScoreObservation::scale).containsOnly("PHQ9");
    assertThat(r.scores())
        .extracting(ScoreObservation::value)
        .containsExactly("1", "2", "3", "0", "1", "2", "3", "0", "1", "13");
    ScoreObservation first = r.scores().get(0);
    assertThat(first.studyId()).isEqualTo("KET1");
    assertThat(first.subjectId()).isEqualTo("KET1-001");
    assertThat(first.visit()).isEqualTo("BASELINE");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(first.studyDay()).isEqualTo(1);
    assertThat(first.valueColumn()).isEqualTo("QSSTRESN");
    assertThat(first.origin().format()).isEqualTo(SourceFormat.SDTM_CSV);
  }

  @Test
  void valueComesFromQsstresnNotQsorres() {
    SinkRecorder r =
        read(
            "qs.csv",
            QS
                + qsRow("PHQ0101", "More than half the days", "2", "")
                + qsRow("PHQ0102", "3", "", ""));

    assertThat(r.scores()).extracting(ScoreObservation::value).containsExactly("2", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NOT DONE", "not done", "NOT_DONE"})
  void notDoneIsAMissingItemWhateverTheValue(String status) {
    SinkRecorder r = read("qs.csv", QS + qsRow("PHQ0103", "1", "1", status));

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores().get(0).item()).isEqualTo(3);
    assertThat(r.scores().get(0).value()).isNull();
  }

  @Test
  void rsMadrsItemsAndTotalAreRead() {
    StringBuilder text = new StringBuilder(RS);
    for (int i = 1; i <= 11; i++) {
      text.append("KET1,RS,KET1-001,")
          .append(i)
          .append(",MADRS,MADRS1")
          .append(String.format("%02d", i))
          .append(",,")
          .append(i == 11 ? "30" : "3")
          .append(",,DAY 8,8,2024-01-09T09:30,8\n");
    }

    SinkRecorder r = read("rs.csv", text.toString());

    assertThat(r.rejects()).isEmpty();
    assertThat(r.recordsRead()).isEqualTo(11);
    assertThat(r.scores()).extracting(ScoreObservation::scale).containsOnly("MADRS");
    assertThat(r.scores())
        .extracting(ScoreObservation::item)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ItemRef.TOTAL);
    assertThat(r.scores().get(10).value()).isEqualTo("30");
    assertThat(r.scores().get(0).valueColumn()).isEqualTo("RSSTRESN");
    assertThat(r.scores().get(0).time()).isEqualTo(LocalTime.of(9, 30));
    assertThat(r.scores().get(0).studyDay()).isEqualTo(8);
  }

  @Test
  void madrsIsReadFromQsAlike() {
    SinkRecorder r =
        read("qs.csv", QS + "KET1,QS,KET1-001,1,MADRS,MADRS105,,4,,BASELINE,1,2024-01-02,1\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores().get(0).scale()).isEqualTo("MADRS");
    assertThat(r.scores().get(0).item()).isEqualTo(5);
  }

  @Test
  void unknownTestCodeOfAKnownCategoryIsAnUnknownItem() {
    Reject reject = read("qs.csv", QS + qsRow("PHQ0112", "1", "1", "")).onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.UNKNOWN_ITEM);
    assertThat(reject.column()).isEqualTo("QSTESTCD");
    assertThat(reject.reason()).isEqualTo("test code 'PHQ0112' is not an item of PHQ9");
    assertThat(reject.subjectId()).isEqualTo("KET1-001");
  }

  @Test
  void unknownCategoryIsAnUnknownScale() {
    Reject reject =
        read("qs.csv", QS + "KET1,QS,KET1-001,1,HAMA,HAMA101,,2,,BL,1,2024-01-02,1\n").onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.UNKNOWN_SCALE);
    assertThat(reject.reason())
        .isEqualTo(
            IngestErrors.unknownScale("QSTESTCD", "test code", "HAMA101", "category 'HAMA'")
                .getMessage());
  }

  @Test
  void testCodeOfAnotherScaleThanTheCategoryIsRejected() {
    Reject reject =
        read("qs.csv", QS + "KET1,QS,KET1-001,1,MADRS,PHQ0101,,2,,BL,1,2024-01-02,1\n")
            .onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.UNKNOWN_ITEM);
    assertThat(reject.reason())
        .isEqualTo(
            IngestErrors.unknownItem(
                    "QSTESTCD", "test code", "PHQ0101", "MADRS", "it belongs to PHQ9")
                .getMessage());
  }

  @Test
  void partialQsdtcRejectsTheRow() {
    Reject reject =
        read("qs.csv", QS + "KET1,QS,KET1-001,1,PHQ-9,PHQ0101,,2,,BL,1,2024-03,\n").onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.PARTIAL_DATE);
    assertThat(reject.column()).isEqualTo("QSDTC");
    assertThat(reject.origin().rawRecord())
        .isEqualTo("KET1,QS,KET1-001,1,PHQ-9,PHQ0101,,2,,BL,1,2024-03,");
  }

  @Test
  void qsdyAloneCarriesTheStudyDay() {
    SinkRecorder r = read("qs.csv", QS + "KET1,QS,KET1-001,1,PHQ-9,PHQ0101,,2,,SCREENING,0,,-7\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores().get(0).date()).isNull();
    assertThat(r.scores().get(0).studyDay()).isEqualTo(-7);
  }

  @Test
  void rowOfAnotherDomainIsRejectedAndTheRestIsRead() {
    SinkRecorder r =
        read(
            "qs.csv",
            QS
                + "KET1,RS,KET1-001,1,PHQ-9,PHQ0101,,2,,BL,1,2024-01-02,1\n"
                + qsRow("PHQ0102", "", "1", ""));

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.UNSUPPORTED_RECORD);
    assertThat(reject.column()).isEqualTo("DOMAIN");
    assertThat(reject.reason()).isEqualTo("DOMAIN 'RS' differs from the file's domain QS");
    assertThat(reject.origin().line()).isEqualTo(2);
    assertThat(r.scores()).extracting(ScoreObservation::item).containsExactly(2);
  }

  @Test
  void emptyUsubjidIsAMissingRequiredValue() {
    Reject reject =
        read("qs.csv", QS + "KET1,QS,,1,PHQ-9,PHQ0101,,2,,BL,1,2024-01-02,1\n").onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_VALUE);
    assertThat(reject.column()).isEqualTo("USUBJID");
  }

  @Test
  void qsWithoutQsstresnIsRefused() {
    Reject reject =
        read(
                "qs.csv",
                "STUDYID,DOMAIN,USUBJID,QSTESTCD,QSORRES,QSDTC\nKET1,QS,P1,PHQ0101,2,2024-01-02\n")
            .onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(reject.column()).isEqualTo("QSSTRESN");
  }

  @Test
  void qsWithoutAnyTimeVariableIsRefused() {
    SinkRecorder r =
        read("qs.csv", "STUDYID,DOMAIN,USUBJID,QSTESTCD,QSSTRESN\nKET1,QS,P1,PHQ0101,2\n");

    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(r.onlyReject().reason()).startsWith("the file needs QSDTC or QSDY");
    assertThat(r.recordsRead()).isZero();
  }

  @Test
  void exReadsDoseByUnitRouteDrugAndGroupAsCourseLabel() {
    SinkRecorder r =
        read(
            "ex.csv",
            EX
                + "KET1,EX,KET1-001,1,KETAMINE,0.5,mg/kg,INTRAVENOUS,2024-01-03T10:00,2,COURSE 1,TREATMENT\n"
                + "KET1,EX,KET1-001,2,ESKETAMINE,56,MG,NASAL,,5,,TREATMENT\n"
                + "KET1,EX,KET1-001,3,KETAMINE,0.75,MG/KG,INTRAVENOUS,2024-01-10,,,FOLLOW-UP\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.recordsRead()).isEqualTo(3);
    InfusionObservation a = r.infusions().get(0);
    assertThat(a.doseMgPerKg()).isEqualTo(0.5);
    assertThat(a.doseMg()).isNull();
    assertThat(a.drug()).isEqualTo("KETAMINE");
    assertThat(a.route()).isEqualTo("INTRAVENOUS");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(a.time()).isEqualTo(LocalTime.of(10, 0));
    assertThat(a.studyDay()).isEqualTo(2);
    assertThat(a.courseLabel()).isEqualTo("COURSE 1");
    InfusionObservation b = r.infusions().get(1);
    assertThat(b.doseMgPerKg()).isNull();
    assertThat(b.doseMg()).isEqualTo(56.0);
    assertThat(b.date()).isNull();
    assertThat(b.studyDay()).isEqualTo(5);
    InfusionObservation c = r.infusions().get(2);
    assertThat(c.doseMgPerKg()).isEqualTo(0.75);
    assertThat(c.courseLabel()).as("EPOCH is a trial period, not a course").isNull();
  }

  @Test
  void exDoseInAnotherUnitIsRejected() {
    Reject reject =
        read("ex.csv", EX + "KET1,EX,KET1-001,1,KETAMINE,500,ug/kg,IV,2024-01-03,,,\n")
            .onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.INVALID_NUMBER);
    assertThat(reject.column()).isEqualTo("EXDOSU");
  }

  @Test
  void dmReadsDemographicsAndTheReferenceStartDate() {
    SinkRecorder r =
        read("dm.csv", DM + "KET1,DM,KET1-001,SITE-02,2024-01-03,1980,44,F,KETAMINE 0.5\n");

    assertThat(r.rejects()).isEmpty();
    SubjectObservation s = r.subjects().get(0);
    assertThat(s.studyId()).isEqualTo("KET1");
    assertThat(s.subjectId()).isEqualTo("KET1-001");
    assertThat(s.siteId()).isEqualTo("SITE-02");
    assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(s.age()).isEqualTo(44);
    assertThat(s.sex()).isEqualTo("F");
    assertThat(s.arm()).isEqualTo("KETAMINE 0.5");
  }

  @Test
  void partialRfstdtcLeavesTheSubjectWithoutReferenceDate() {
    SinkRecorder r = read("dm.csv", DM + "KET1,DM,KET1-001,SITE-02,2024-01,1980-05,44,F,A\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.subjects().get(0).referenceDate()).isNull();
  }

  @Test
  void fullBirthDateRejectsTheRowWithoutKeepingItsText() {
    SinkRecorder r =
        read(
            "dm.csv",
            DM
                + "KET1,DM,KET1-001,SITE-02,2024-01-03,1980-05-17,44,F,A\nKET1,DM,KET1-002,SITE-02,2024-01-04,1979,45,M,A\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.DIRECT_IDENTIFIER_VALUE);
    assertThat(reject.column()).isEqualTo("BRTHDTC");
    assertThat(reject.origin().rawRecord()).isNull();
    assertThat(reject.origin().line()).isEqualTo(2);
    assertThat(reject.reason()).doesNotContain("1980");
    assertThat(r.subjects()).extracting(SubjectObservation::subjectId).containsExactly("KET1-002");
  }

  @Test
  void fullBirthDateIsWithheldEvenWhenTheRowHasAnotherProblem() {
    SinkRecorder r =
        read(
            "dm.csv",
            DM
                + "KET1,DM,,SITE-02,2024-01-03,1980-05-17,44,F,A\nKET1,QS,KET1-003,SITE-02,2024-01-03,1980-05-17,44,F,A\n");

    assertThat(r.rejects()).hasSize(2);
    assertThat(r.rejects())
        .allSatisfy(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.DIRECT_IDENTIFIER_VALUE);
              assertThat(x.origin().rawRecord()).isNull();
            });
  }

  @Test
  void unparsableRowOfAFileWithBirthDatesIsRejectedWithoutItsText() {
    SinkRecorder r =
        read(
            "dm.csv",
            DM
                + "KET1,DM,KET1-001,SITE-02,2024-01-03,1980-05-17,44,F,A,extra\n"
                + "KET1,DM,KET1-002,\"SITE-02,2024-01-03,1981-06-18,45,M,A\n"
                + "KET1,DM,KET1-003,SITE-02,2024-01-03,1982,46,M,A\n");

    assertThat(r.rejectRules()).containsExactly("wrong_field_count", "malformed_csv");
    assertThat(r.rejects()).allSatisfy(x -> assertThat(x.origin().rawRecord()).isNull());
    assertThat(r.rejects()).extracting(x -> x.origin().line()).containsExactly(2L, 3L);
    assertThat(r.subjects()).extracting(SubjectObservation::subjectId).containsExactly("KET1-003");
  }

  @Test
  void unparsableRowOfAFileWithoutBirthDatesKeepsItsText() {
    Reject reject =
        read("qs.csv", QS + "KET1,QS,KET1-001,1,PHQ-9,PHQ0101,,2,,BL,1,2024-01-02,1,extra\n")
            .onlyReject();

    assertThat(reject.rule()).isEqualTo(RejectRule.WRONG_FIELD_COUNT);
    assertThat(reject.origin().rawRecord())
        .isEqualTo("KET1,QS,KET1-001,1,PHQ-9,PHQ0101,,2,,BL,1,2024-01-02,1,extra");
  }

  @Test
  void unusedDomainIsRecognisedAndNotRead() {
    SinkRecorder r =
        read(
            "lb.csv",
            "STUDYID,DOMAIN,USUBJID,LBSEQ,LBTESTCD,LBDTC\nKET1,LB,KET1-001,1,ALT,2024-01-03\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule().isFileLevel()).isTrue();
    assertThat(reject.reason())
        .isEqualTo(
            "SDTM domain LB is not one the pipeline reads (QS, RS, EX, DM, VS, AE, CM); the file is not read");
    assertThat(r.recordsRead()).isZero();
    assertThat(r.scores()).isEmpty();
  }

  @Test
  void lowerCaseVariableNamesAreRead() {
    SinkRecorder r = read("qs.csv", QS.toLowerCase() + qsRow("PHQ0104", "", "3", ""));

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores().get(0).item()).isEqualTo(4);
    assertThat(r.scores().get(0).value()).isEqualTo("3");
  }
}
