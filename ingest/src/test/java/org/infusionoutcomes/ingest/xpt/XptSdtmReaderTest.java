package org.infusionoutcomes.ingest.xpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XptSdtmReaderTest {
  private static final String PILOT =
      "cdisc-sdtm-adam-pilot-project/updated-pilot-submission-package/900172/m5/datasets/cdiscpilot01/";

  @TempDir Path dir;

  private static final List<XportOutput.Column> QS_COLUMNS =
      List.of(
          new XportOutput.Column("STUDYID", false, 8, "Study Identifier"),
          new XportOutput.Column("DOMAIN", false, 2, "Domain Abbreviation"),
          new XportOutput.Column("USUBJID", false, 8, "Unique Subject Identifier"),
          new XportOutput.Column("QSTESTCD", false, 8, "Question Short Name"),
          new XportOutput.Column("QSCAT", false, 8, "Category of Question"),
          new XportOutput.Column("QSSTRESN", true, 8, "Numeric Finding in Standard Units"),
          new XportOutput.Column("QSDTC", false, 16, "Date/Time of Finding"),
          new XportOutput.Column("QSDY", true, 8, "Study Day of Finding"));

  private Path write(
      String name, String dataset, List<XportOutput.Column> columns, List<List<Object>> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XportOutput.write(out, dataset, "", columns, rows);
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private static List<Object> row(Object... v) {
    return new ArrayList<>(Arrays.asList(v));
  }

  private static ReadBack.Result read(Path p) {
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.SDTM_XPT, "fallback", null);
    r.assertEveryRecordAccountedFor();
    return r;
  }

  @Test
  void readsQuestionnaireItemsWithTheSdtmRules() throws IOException {
    Path p =
        write(
            "qs.xpt",
            "QS",
            QS_COLUMNS,
            List.of(
                row("ST1", "QS", "S-1", "PHQ0101", "PHQ-9", 2.0, "2024-01-08T09:30", 1.0),
                row("ST1", "QS", "S-1", "PHQ0110", "PHQ-9", 1.0, "2024-01-08T09:30", 1.0),
                row("ST1", "QS", "S-1", "PHQ0111", "PHQ-9", null, "2024-01-08T09:30", 1.0),
                row("ST1", "QS", "S-1", "PHQ0102", "PHQ-9", 3.0, "2024-01", 1.0)));
    ReadBack.Result r = read(p);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.sink().scores())
        .extracting(ScoreObservation::item, ScoreObservation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "2"),
            org.assertj.core.groups.Tuple.tuple(0, null));
    ScoreObservation first = r.sink().scores().get(0);
    assertThat(first.origin().line()).isEqualTo(1);
    assertThat(first.origin().rawRecord())
        .isEqualTo(
            "STUDYID=ST1|DOMAIN=QS|USUBJID=S-1|QSTESTCD=PHQ0101|QSCAT=PHQ-9|QSSTRESN=2|QSDTC=2024-01-08T09:30|QSDY=1");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(first.studyDay()).isEqualTo(1);
    assertThat(r.sink().rejects())
        .extracting(Reject::rule)
        .containsExactly(RejectRule.PARTIAL_DATE);
    assertThat(r.sink().rejects().get(0).origin().line()).isEqualTo(4);
  }

  @Test
  void numericUsubjidIsAnInvalidValueType() throws IOException {
    List<XportOutput.Column> columns = new ArrayList<>(QS_COLUMNS);
    columns.set(2, new XportOutput.Column("USUBJID", true, 8, "Unique Subject Identifier"));
    Path p =
        write(
            "qs.xpt",
            "QS",
            columns,
            List.of(
                row("ST1", "QS", 1015.0, "PHQ0101", "PHQ-9", 2.0, "2024-01-08", 1.0),
                row("ST1", "QS", 1016.0, "PHQ0101", "PHQ-9", 1.0, "2024-01-08", 1.0)));
    ReadBack.Result r = read(p);
    assertThat(r.records()).isEqualTo(2);
    assertThat(r.sink().scores()).isEmpty();
    assertThat(r.sink().rejects())
        .hasSize(2)
        .allSatisfy(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.INVALID_VALUE_TYPE);
              assertThat(rej.column()).isEqualTo("USUBJID");
              assertThat(rej.reason()).contains("USUBJID is a numeric variable");
            });
    assertThat(r.sink().rejects().get(0).reason()).contains("value 1015");
  }

  @Test
  void characterStresnMustHoldNumbers() throws IOException {
    List<XportOutput.Column> columns = new ArrayList<>(QS_COLUMNS);
    columns.set(
        5, new XportOutput.Column("QSSTRESN", false, 4, "Numeric Finding in Standard Units"));
    Path p =
        write(
            "qs.xpt",
            "QS",
            columns,
            List.of(
                row("ST1", "QS", "S-1", "PHQ0101", "PHQ-9", "2", "2024-01-08", 1.0),
                row("ST1", "QS", "S-1", "PHQ0102", "PHQ-9", "abc", "2024-01-08", 1.0),
                row("ST1", "QS", "S-1", "PHQ0103", "PHQ-9", "", "2024-01-08", 1.0)));
    ReadBack.Result r = read(p);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.sink().scores()).extracting(ScoreObservation::value).containsExactly("2", null);
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.INVALID_VALUE_TYPE);
              assertThat(rej.column()).isEqualTo("QSSTRESN");
              assertThat(rej.origin().line()).isEqualTo(2);
              assertThat(rej.reason()).contains("'abc'");
            });
  }

  @Test
  void truncatedObservationIsRejectedAndTheOnesBeforeItAreRead() throws IOException {
    Path whole =
        write(
            "whole.xpt",
            "QS",
            QS_COLUMNS,
            List.of(
                row("ST1", "QS", "S-1", "PHQ0101", "PHQ-9", 2.0, "2024-01-08", 1.0),
                row("ST1", "QS", "S-1", "PHQ0102", "PHQ-9", 1.0, "2024-01-08", 1.0),
                row("ST1", "QS", "S-1", "PHQ0103", "PHQ-9", 3.0, "2024-01-08", 1.0)));
    byte[] bytes = Files.readAllBytes(whole);
    int headers = 80 * 8 + 8 * 140 + (80 - 8 * 140 % 80) % 80 + 80;
    int obs = 8 + 2 + 8 + 8 + 8 + 8 + 16 + 8;
    Path cut = dir.resolve("qs.xpt");
    Files.write(cut, Arrays.copyOf(bytes, headers + 2 * obs + 30));
    ReadBack.Result r = read(cut);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.sink().scores()).hasSize(2);
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.TRUNCATED_RECORD);
              assertThat(rej.origin().line()).isEqualTo(3);
              assertThat(rej.reason()).contains("truncated", "30 bytes into observation 3");
            });
  }

  @Test
  void truncatedHeadersRefuseTheFile() throws IOException {
    Path whole = write("whole.xpt", "QS", QS_COLUMNS, List.of());
    Path cut = dir.resolve("qs.xpt");
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(whole), 600));
    ReadBack.Result r = read(cut);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.UNREADABLE_FILE);
              assertThat(rej.reason()).contains("truncated inside the NAMESTR");
            });
  }

  @Test
  void variablePositionPastTheObservationRecordRefusesTheFile() throws IOException {
    Path whole =
        write(
            "whole.xpt",
            "QS",
            QS_COLUMNS,
            List.of(row("ST1", "QS", "S-1", "PHQ0101", "PHQ-9", 2.0, "2024-01-08T09:30", 1.0)));
    byte[] bytes = Files.readAllBytes(whole);
    // NAMESTR records start after the library header (3 x 80), the member and descriptor headers,
    // two descriptor records and the NAMESTR header (5 x 80); the position is at offset 84.
    int lastNamestr = 640 + (QS_COLUMNS.size() - 1) * 140;
    bytes[lastNamestr + 84] = 0;
    bytes[lastNamestr + 85] = 0;
    bytes[lastNamestr + 86] = 0x01;
    bytes[lastNamestr + 87] = 0x00; // 256, past the 66-byte observation record
    Path p = dir.resolve("qs.xpt");
    Files.write(p, bytes);
    ReadBack.Result r = read(p);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.UNREADABLE_FILE);
              assertThat(rej.reason())
                  .contains("QSDY")
                  .contains("position 256")
                  .contains("66-byte observation record");
            });
  }

  @Test
  void aFileThatIsNotTransportIsRefused() throws IOException {
    Path p = dir.resolve("qs.xpt");
    Files.writeString(p, "STUDYID,DOMAIN\nX,QS\n");
    ReadBack.Result r = read(p);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .extracting(Reject::rule)
        .isEqualTo(RejectRule.UNREADABLE_FILE);
  }

  @Test
  void unusedDomainIsSkippedByDetectionAndRefusedWhenForced() throws IOException {
    Path p =
        write(
            "lb.xpt",
            "LB",
            List.of(
                new XportOutput.Column("STUDYID", false, 4, ""),
                new XportOutput.Column("DOMAIN", false, 2, ""),
                new XportOutput.Column("USUBJID", false, 4, ""),
                new XportOutput.Column("LBSEQ", true, 8, ""),
                new XportOutput.Column("LBTESTCD", false, 8, "")),
            List.of(row("ST1", "LB", "S-1", 1.0, "ALT")));
    Detection d = FormatDetector.detect("lb.xpt", Files.readAllBytes(p));
    assertThat(d.isSkipped()).isTrue();
    assertThat(d.skipReason()).contains("SDTM domain LB is not used");
    ReadBack.Result r = read(p);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
              assertThat(rej.reason()).contains("SDTM domain LB");
            });
  }

  @Test
  void realPilotExposureIsReadInMilligrams() {
    Path p = TestFiles.external(PILOT + "tabulations/sdtm/ex.xpt");
    assertThat(FormatDetector.detect("ex.xpt", ReadBack.head(p)).format())
        .isEqualTo(SourceFormat.SDTM_XPT);
    ReadBack.Result r = read(p);
    assertThat(r.records()).isEqualTo(591);
    assertThat(r.sink().infusions()).hasSize(591);
    assertThat(r.sink().rejects()).isEmpty();
    InfusionObservation first = r.sink().infusions().get(0);
    assertThat(first.studyId()).isEqualTo("CDISCPILOT01");
    assertThat(first.subjectId()).isEqualTo("01-701-1015");
    assertThat(first.drug()).isEqualTo("PLACEBO");
    assertThat(first.doseMg()).isEqualTo(0.0);
    assertThat(first.doseMgPerKg()).isNull();
    assertThat(first.route()).isEqualTo("TRANSDERMAL");
    assertThat(first.date()).isEqualTo(LocalDate.of(2014, 1, 2));
    assertThat(first.studyDay()).isEqualTo(1);
    assertThat(first.origin().line()).isEqualTo(1);
    assertThat(first.origin().rawRecord())
        .startsWith(
            "STUDYID=CDISCPILOT01|DOMAIN=EX|USUBJID=01-701-1015|EXSEQ=1|EXTRT=PLACEBO|EXDOSE=0|EXDOSU=mg");
    assertThat(r.sink().infusions())
        .extracting(InfusionObservation::drug)
        .containsOnly("PLACEBO", "XANOMELINE");
    assertThat(r.sink().infusions())
        .filteredOn(i -> "XANOMELINE".equals(i.drug()))
        .extracting(InfusionObservation::doseMg)
        .containsOnly(54.0, 81.0);
    assertThat(r.sink().infusions().stream().map(InfusionObservation::subjectId).distinct().count())
        .isEqualTo(254);
  }

  @Test
  void realAdamDatasetIsRecognisedAndNotRead() {
    Path p = TestFiles.external(PILOT + "analysis/adam/datasets/adqscibc.xpt");
    Detection d = FormatDetector.detect("adqscibc.xpt", ReadBack.head(p));
    assertThat(d.isSkipped()).isTrue();
    assertThat(d.skipReason()).contains("ADaM analysis dataset ADQSCIBC");
    ReadBack.Result r = read(p);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
              assertThat(rej.column()).isEqualTo("DOMAIN");
              assertThat(rej.reason()).contains("ADQSCIBC", "ADaM");
            });
  }
}
