package org.infusionoutcomes.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {

  private static Detection detect(String path, String content) {
    return FormatDetector.detect(path, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void genericScoresByHeaderWhateverTheName() {
    Detection d =
        detect(
            "2024-01/export_a.csv",
            "Study_ID,subject_id,instrument,item,score,assessment_date\nS1,P1,MADRS,1,2,2024-01-02\n");

    assertThat(d.isRead()).isTrue();
    assertThat(d.format()).isEqualTo(SourceFormat.GENERIC_SCORES);
  }

  @Test
  void genericInfusionsByHeader() {
    assertThat(detect("x.csv", "study_id,subject_id,infusion_date,dose_mg_per_kg\n").format())
        .isEqualTo(SourceFormat.GENERIC_INFUSIONS);
  }

  @Test
  void genericSubjectsByHeader() {
    assertThat(detect("demo.csv", "study_id,subject_id,site_id,sex,age,arm\n").format())
        .isEqualTo(SourceFormat.GENERIC_SUBJECTS);
  }

  @Test
  void byteOrderMarkDoesNotHideTheHeader() {
    assertThat(detect("x.csv", "\uFEFFstudy_id,subject_id,dose_mg_per_kg,study_day\n").format())
        .isEqualTo(SourceFormat.GENERIC_INFUSIONS);
  }

  @Test
  void tsvIsDetectedWithTabs() {
    assertThat(
            detect("x.tsv", "study_id\tsubject_id\tinstrument\titem\tscore\tstudy_day\n").format())
        .isEqualTo(SourceFormat.GENERIC_SCORES);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "STUDYID,DOMAIN,USUBJID,QSTESTCD,QSSTRESN,QSDTC",
        "STUDYID,DOMAIN,USUBJID,RSTESTCD,RSSTRESN,RSDY",
        "STUDYID,DOMAIN,USUBJID,EXTRT,EXDOSE,EXDOSU,EXSTDTC",
        "STUDYID,DOMAIN,USUBJID,RFSTDTC,AGE,SEX,ARM",
      })
  void sdtmDomainsAreDetectedByTheDomainColumn(String header) {
    assertThat(detect("data.csv", header + "\n").format()).isEqualTo(SourceFormat.SDTM_CSV);
  }

  @Test
  void unusedSdtmDomainIsSkippedWithItsName() {
    Detection d = detect("lb.csv", "STUDYID,DOMAIN,USUBJID,LBSEQ,LBTESTCD,LBDTC\n");

    assertThat(d.isSkipped()).isTrue();
    assertThat(d.isRead()).isFalse();
    assertThat(d.skipReason())
        .isEqualTo("SDTM domain LB is not used (the pipeline reads QS, RS, EX, DM, VS, AE and CM)");
  }

  @ParameterizedTest
  @CsvSource({
    "scores.csv, GENERIC_SCORES", "site_a_scores_2024.csv, GENERIC_SCORES",
        "infusions.csv, GENERIC_INFUSIONS",
    "subjects.csv, GENERIC_SUBJECTS", "qs.csv, SDTM_CSV", "EX.CSV, SDTM_CSV"
  })
  void incompleteColumnsLetTheNameDecideSoTheReaderCanNameTheMissingColumn(
      String name, SourceFormat format) {
    assertThat(detect("in/" + name, "study_id,subject_id\n").format()).isEqualTo(format);
  }

  @Test
  void emptyScoresFileIsStillReadSoItIsReportedAsEmpty() {
    assertThat(detect("scores.csv", "").format()).isEqualTo(SourceFormat.GENERIC_SCORES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "README.md",
        "readme",
        "README.txt",
        "notes.md",
        "protocol.pdf",
        "LICENSE",
        "report.html"
      })
  void documentationIsSkipped(String name) {
    Detection d = detect("in/" + name, "study_id,subject_id,instrument,item,score,study_day\n");

    assertThat(d.isSkipped()).isTrue();
    assertThat(d.skipReason()).isEqualTo("documentation, not data");
  }

  @ParameterizedTest
  @ValueSource(strings = {".DS_Store", "_SUCCESS", ".scores.csv.crc"})
  void hiddenAndMarkerFilesAreSkipped(String name) {
    assertThat(detect("in/" + name, "").skipReason()).isEqualTo("hidden or marker file");
  }

  @Test
  void yamlFilesAreSkipped() {
    assertThat(detect("outcomes.yaml", "course_gap_days: 21\n").isSkipped()).isTrue();
  }

  @Test
  void unknownHeaderIsReportedNotIgnored() {
    Detection d = detect("lab_values.csv", "patient,test,value\nP1,CRP,3\n");

    assertThat(d.isUnknown()).isTrue();
    assertThat(d.isRead()).isFalse();
    assertThat(d.isSkipped()).isFalse();
    assertThat(d.problem())
        .isEqualTo(
            "the header matches no known format (generic scores need study_id, subject_id, instrument, item, score;"
                + " infusions need study_id, subject_id, dose_mg_per_kg; vitals need study_id, subject_id, test,"
                + " value; adverse events need study_id, subject_id, term; medications need study_id,"
                + " subject_id, drug; SDTM needs DOMAIN)");
  }

  @Test
  void emptyFileWithAnUnknownNameIsReported() {
    assertThat(detect("data.csv", "").problem())
        .isEqualTo("the file is empty, so its format cannot be recognised");
  }

  @Test
  void unknownExtensionIsReported() {
    assertThat(detect("export.xlsx", "PK...").problem())
        .isEqualTo("the file extension is not one of .csv, .tsv, .tab, .txt, .xpt, .ndjson, .json");
  }

  @Test
  void headerOfReturnsTheFieldsOfTheFirstRecord() {
    assertThat(
            FormatDetector.headerOf(
                "x.csv", "a, b ,\"c,d\"\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("a", " b ", "c,d");
    assertThat(FormatDetector.headerOf("x.csv", new byte[0])).isEmpty();
  }
}
