package org.infusionoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * The common frame of the delimited readers, exercised through the generic scores and SDTM readers.
 */
class CsvSourceReaderTest {
  private static final String HEADER = "study_id,subject_id,instrument,item,score,assessment_date";

  private static SinkRecorder scores(String text) {
    return SinkRecorder.read(SourceFormat.GENERIC_SCORES, "scores.csv", text);
  }

  @Test
  void emptyFileIsRefusedAsEmpty() {
    SinkRecorder r = scores("");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.EMPTY_FILE);
    assertThat(reject.rule().isFileLevel()).isTrue();
    assertThat(reject.origin().line()).isZero();
    assertThat(reject.origin().rawRecord()).isNull();
    assertThat(reject.studyId()).isEqualTo(SinkRecorder.DEFAULT_STUDY);
    assertThat(r.recordsRead()).isZero();
  }

  @Test
  void fileOfBlankLinesIsEmpty() {
    assertThat(scores("\n \n\t\n").rejectRules()).containsExactly("empty_file");
  }

  @Test
  void headerOnlyFileReadsNoRecordsAndRefusesNothing() {
    SinkRecorder r = scores(HEADER + "\n");

    assertThat(r.recordsRead()).isZero();
    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores()).isEmpty();
  }

  @Test
  void malformedHeaderRefusesTheWholeFile() {
    SinkRecorder r =
        scores(
            "study_id,\"subject_id\"x,instrument,item,score,assessment_date\nS1,P1,MADRS,1,3,2024-01-02\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule().isFileLevel()).isTrue();
    assertThat(reject.rule()).isEqualTo(RejectRule.UNREADABLE_FILE);
    assertThat(reject.origin().line()).isEqualTo(1);
    assertThat(reject.reason()).startsWith("the header is not valid CSV");
    assertThat(r.recordsRead()).isZero();
    assertThat(r.scores()).isEmpty();
  }

  @Test
  void directIdentifierColumnRefusesTheFileNamingTheColumnWithoutCopyingData() {
    SinkRecorder r =
        scores(
            "study_id,subject_id,Email,instrument,item,score,assessment_date\n"
                + "S1,P1,jane.doe@example.org,MADRS,1,3,2024-01-02\n"
                + "S1,P2,john@example.org,MADRS,1,4,2024-01-02\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.DIRECT_IDENTIFIER);
    assertThat(reject.column()).isEqualTo("Email");
    assertThat(reject.reason()).contains("column 3 'Email'").contains("direct identifier");
    assertThat(reject.origin().line()).isEqualTo(1);
    assertThat(reject.origin().rawRecord())
        .isEqualTo("study_id,subject_id,Email,instrument,item,score,assessment_date");
    assertThat(reject.toString()).doesNotContain("example.org").doesNotContain("P1");
    assertThat(r.recordsRead()).isZero();
    assertThat(r.scores()).isEmpty();
  }

  @Test
  void missingRequiredColumnIsNamedAndTheFileIsNotRead() {
    SinkRecorder r =
        scores("study_id,subject_id,instrument,item,assessment_date\nS1,P1,MADRS,1,2024-01-02\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(reject.column()).isEqualTo("score");
    assertThat(reject.reason()).contains("'score'");
    assertThat(r.recordsRead()).isZero();
    assertThat(r.scores()).isEmpty();
  }

  @Test
  void headerWithoutAnyTimeColumnIsRefused() {
    SinkRecorder r = scores("study_id,subject_id,instrument,item,score\nS1,P1,MADRS,1,3\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(reject.reason()).contains("'assessment_date' or 'study_day'");
    assertThat(r.recordsRead()).isZero();
  }

  @Test
  void wrongFieldCountRejectsOnlyThatRecord() {
    SinkRecorder r =
        scores(
            HEADER
                + "\nS1,P1,MADRS,1,3,2024-01-02\nS1,P2,MADRS,1,3,2024-01-02,extra\nS1,P3,MADRS,1,4,2024-01-02\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.WRONG_FIELD_COUNT);
    assertThat(reject.reason()).isEqualTo("the record has 7 fields but the header has 6");
    assertThat(reject.origin().line()).isEqualTo(3);
    assertThat(reject.origin().rawRecord()).isEqualTo("S1,P2,MADRS,1,3,2024-01-02,extra");
    assertThat(reject.studyId()).isEqualTo("S1");
    assertThat(reject.subjectId()).isEqualTo("P2");
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.scores()).extracting(ScoreObservation::subjectId).containsExactly("P1", "P3");
  }

  @Test
  void malformedRecordIsRejectedWithItsTextAndReadingGoesOn() {
    SinkRecorder r =
        scores(HEADER + "\nS1,P1,MADRS,1,\"3,2024-01-02\nS1,P2,MADRS,1,4,2024-01-02\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.MALFORMED_CSV);
    assertThat(reject.origin().line()).isEqualTo(2);
    assertThat(reject.origin().rawRecord()).isEqualTo("S1,P1,MADRS,1,\"3,2024-01-02");
    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.scores()).extracting(ScoreObservation::subjectId).containsExactly("P2");
    assertThat(r.scores().get(0).origin().line()).isEqualTo(3);
  }

  @Test
  void badValueRejectsTheRecordNamingColumnAndKeepingItsText() {
    SinkRecorder r = scores(HEADER + "\nS1,P1,MADRS,1,3,2024-02-30\n");

    Reject reject = r.onlyReject();
    assertThat(reject.rule()).isEqualTo(RejectRule.INVALID_DATE);
    assertThat(reject.column()).isEqualTo("assessment_date");
    assertThat(reject.origin().rawRecord()).isEqualTo("S1,P1,MADRS,1,3,2024-02-30");
    assertThat(reject.origin().file()).isEqualTo("file:/in/scores.csv");
    assertThat(reject.message())
        .isEqualTo(
            "file:/in/scores.csv:2: column 'assessment_date': invalid_date: '2024-02-30' is not a valid date"
                + " (expected ISO 8601, YYYY-MM-DD)");
    assertThat(r.recordsRead()).isEqualTo(1);
  }

  @Test
  void headerNamesAreCaseInsensitiveAndMessagesUseThemAsWritten() {
    SinkRecorder r =
        scores(
            "Study_ID,SUBJECT_ID,Instrument,Item,Score,Assessment_Date\n,P1,MADRS,1,3,2024-01-02\nS1,P1,MADRS,2,4,2024-01-02\n");

    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_REQUIRED_VALUE);
    assertThat(r.onlyReject().column()).isEqualTo("Study_ID");
    assertThat(r.scores()).hasSize(1);
    assertThat(r.scores().get(0).item()).isEqualTo(2);
    assertThat(r.scores().get(0).value()).isEqualTo("4");
  }

  @Test
  void tsvFileIsSplitOnTabs() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_SCORES,
            "scores.tsv",
            HEADER.replace(',', '\t') + "\nS1\tP1\tMADRS\t1\t3\t2024-01-02\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores()).hasSize(1);
    assertThat(r.scores().get(0).value()).isEqualTo("3");
  }

  @Test
  void naIsAMissingValueInSdtmFiles() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.SDTM_CSV,
            "qs.csv",
            "STUDYID,DOMAIN,USUBJID,QSCAT,QSTESTCD,QSORRES,QSSTRESN,QSSTAT,VISIT,QSDTC,QSDY\n"
                + "S1,QS,P1,PHQ-9,PHQ0101,NA,NA,NA,BL,2024-01-02,NA\n");

    assertThat(r.rejects()).isEmpty();
    ScoreObservation o = r.scores().get(0);
    assertThat(o.value()).isNull();
    assertThat(o.studyDay()).isNull();
    assertThat(o.date()).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
  }

  @Test
  void naIsAnOrdinaryValueInGenericFiles() {
    SinkRecorder r = scores(HEADER + "\nS1,P1,MADRS,1,NA,2024-01-02\n");

    assertThat(r.scores().get(0).value()).isEqualTo("NA");
  }
}
