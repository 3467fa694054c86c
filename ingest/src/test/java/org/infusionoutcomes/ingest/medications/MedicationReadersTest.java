package org.infusionoutcomes.ingest.medications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.xpt.XportOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic medications CSV and SDTM CM (CSV and SAS transport). */
class MedicationReadersTest {
  private static final String MEDS =
      "study_id,site_id,subject_id,drug,start_date,start_day,end_date,end_day,ongoing,dose,unit,route,frequency\n";
  private static final String CM =
      "STUDYID,DOMAIN,USUBJID,CMSEQ,CMTRT,CMDECOD,CMCLAS,CMDOSE,CMDOSU,CMDOSFRQ,CMROUTE,CMSTDTC,CMENDTC,CMSTDY,CMENDY,CMENRF,CMENRTPT\n";

  @TempDir Path dir;

  private static SinkRecorder meds(String rows) {
    return SinkRecorder.read(SourceFormat.GENERIC_MEDICATIONS, "medications.csv", MEDS + rows);
  }

  private static SinkRecorder cm(String rows) {
    return SinkRecorder.read(SourceFormat.SDTM_CSV, "cm.csv", CM + rows);
  }

  @Test
  void filesAreDetectedByTheirHeaderOrName() {
    assertThat(FormatDetector.detect("data.csv", MEDS.getBytes()).format())
        .isEqualTo(SourceFormat.GENERIC_MEDICATIONS);
    assertThat(FormatDetector.detect("x.csv", CM.getBytes()).format())
        .isEqualTo(SourceFormat.SDTM_CSV);
    // infusions may carry a drug column too: their dose column decides first
    assertThat(
            FormatDetector.detect(
                    "x.csv", "study_id,subject_id,drug,dose_mg_per_kg,study_day\n".getBytes())
                .format())
        .isEqualTo(SourceFormat.GENERIC_INFUSIONS);
    // a medications file missing its drug column is still read as one, so the reader names it
    assertThat(
            FormatDetector.detect("conmeds_medications.csv", "study_id,subject_id\n".getBytes())
                .format())
        .isEqualTo(SourceFormat.GENERIC_MEDICATIONS);
  }

  @Test
  void genericRowKeepsEveryField() {
    SinkRecorder r =
        meds(
            "K1,A,P1,Lorazepam,2024-01-03T08:00,,2024-01-20,,N,1,mg,ORAL,BID\n"
                + "K1,,P1,sertraline,,5,,,Y,,,,\n");

    assertThat(r.rejects()).isEmpty();
    MedicationObservation m = r.medications().get(0);
    assertThat(m.studyId()).isEqualTo("K1");
    assertThat(m.siteId()).isEqualTo("A");
    assertThat(m.subjectId()).isEqualTo("P1");
    assertThat(m.drug()).isEqualTo("Lorazepam");
    assertThat(m.decod()).isNull();
    assertThat(m.startDate()).isEqualTo("2024-01-03"); // the time of day is dropped
    assertThat(m.endDate()).isEqualTo("2024-01-20");
    assertThat(m.ongoing()).isFalse();
    assertThat(m.dose()).isEqualTo(1.0);
    assertThat(m.doseUnit()).isEqualTo("mg");
    assertThat(m.route()).isEqualTo("ORAL");
    assertThat(m.frequency()).isEqualTo("BID");
    assertThat(m.origin().line()).isEqualTo(2);
    MedicationObservation s = r.medications().get(1);
    assertThat(s.startDate()).isNull();
    assertThat(s.startStudyDay()).isEqualTo(5);
    assertThat(s.ongoing()).isTrue();
    assertThat(s.dose()).isNull();
  }

  @Test
  void partialDatesAreKeptAsFarAsTheyAreKnown() {
    SinkRecorder r =
        meds(
            "K1,,P1,clonazepam,2023,,2024-02,,,,,,\n"
                + "K1,,P1,alprazolam,2023-11,,,,yes,,,,\n"
                + "K1,,P1,diazepam,,,,,,,,,\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.medications())
        .extracting(
            MedicationObservation::drug,
            MedicationObservation::startDate,
            MedicationObservation::endDate,
            MedicationObservation::ongoing,
            MedicationObservation::startUnknown)
        .containsExactly(
            tuple("clonazepam", "2023", "2024-02", false, false),
            tuple("alprazolam", "2023-11", null, true, false),
            tuple("diazepam", null, null, false, true));
  }

  @Test
  void badValuesRejectTheRecordNamingFileLineColumnAndRule() {
    SinkRecorder r =
        meds(
            "K1,,P1,lorazepam,2024-13,,,,,,,,\n"
                + "K1,,P1,lorazepam,03/15/2024,,,,,,,,\n"
                + "K1,,P1,lorazepam,2024-01-03,,2024-02-30,,,,,,\n"
                + "K1,,P1,lorazepam,2024-01-03,,,,maybe,,,,\n"
                + "K1,,P1,lorazepam,,0,,,,,,,\n"
                + "K1,,P1,lorazepam,2024-01-03,,,,,-1,,,\n"
                + "K1,,P1,,2024-01-03,,,,,,,,\n");

    assertThat(r.medications()).isEmpty();
    assertThat(r.rejects())
        .extracting(x -> x.origin().line(), Reject::column, Reject::rule)
        .containsExactly(
            tuple(2L, "start_date", RejectRule.INVALID_DATE),
            tuple(3L, "start_date", RejectRule.INVALID_DATE),
            tuple(4L, "end_date", RejectRule.INVALID_DATE),
            tuple(5L, "ongoing", RejectRule.INVALID_VALUE_TYPE),
            tuple(6L, "start_day", RejectRule.INVALID_STUDY_DAY),
            tuple(7L, "dose", RejectRule.INVALID_NUMBER),
            tuple(8L, "drug", RejectRule.MISSING_REQUIRED_VALUE));
    assertThat(r.rejects())
        .allSatisfy(x -> assertThat(x.origin().file()).endsWith("medications.csv"));
    assertThat(r.rejects().get(0).message())
        .contains("medications.csv:2")
        .contains("start_date")
        .contains("'2024-13' is not an ISO 8601 date");
    assertThat(r.rejects().get(3).reason()).contains("ongoing 'maybe' is not Y or N");
  }

  @Test
  void aFileWithoutAStartColumnIsRefused() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_MEDICATIONS,
            "medications.csv",
            "study_id,subject_id,drug,end_date\nK1,P1,lorazepam,2024-01-03\n");
    assertThat(r.medications()).isEmpty();
    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(r.onlyReject().reason()).contains("start_date").contains("start_day");
  }

  @Test
  void sdtmConcomitantMedications() {
    SinkRecorder r =
        cm(
            "K1,CM,P1,1,XANAX,ALPRAZOLAM,ANXIOLYTICS,0.5,mg,PRN,ORAL,2024-01-02,2024-01-09,-1,7,,\n"
                + "K1,CM,P1,2,LORAZEPAM,UNCODED,NA,1,mg,QD,ORAL,2003,NA,NA,NA,,ONGOING\n"
                + "K1,CM,P1,3,SERTRALINE,SERTRALINE,,50,mg,QD,ORAL,2023-06,,,,AFTER,\n"
                + "K1,CM,P1,4,ASPIRIN,ACETYLSALICYLIC ACID,,81,mg,QD,ORAL,2023-06,2024-01-05,,,AFTER,\n"
                + "K1,CM,P1,5,IBUPROFEN,IBUPROFEN,,200,mg,PRN,ORAL,2024---15,--03-01,,,,\n"
                + "K1,CM,P1,6,LORAZEPAM,,,1,mg,QD,ORAL,2024-01-40,,,,,\n");

    assertThat(r.medications())
        .extracting(
            MedicationObservation::drug,
            MedicationObservation::decod,
            MedicationObservation::startDate,
            MedicationObservation::startStudyDay,
            MedicationObservation::endDate,
            MedicationObservation::endStudyDay,
            MedicationObservation::ongoing)
        .containsExactly(
            tuple("XANAX", "ALPRAZOLAM", "2024-01-02", -1, "2024-01-09", 7, false),
            tuple("LORAZEPAM", null, "2003", null, null, null, true),
            tuple("SERTRALINE", "SERTRALINE", "2023-06", null, null, null, true),
            tuple("ASPIRIN", "ACETYLSALICYLIC ACID", "2023-06", null, "2024-01-05", null, false),
            tuple("IBUPROFEN", "IBUPROFEN", "2024", null, null, null, false));
    MedicationObservation x = r.medications().get(0);
    assertThat(x.drugClass()).isEqualTo("ANXIOLYTICS");
    assertThat(x.dose()).isEqualTo(0.5);
    assertThat(x.doseUnit()).isEqualTo("mg");
    assertThat(x.frequency()).isEqualTo("PRN");
    assertThat(x.route()).isEqualTo("ORAL");
    assertThat(r.medications().get(1).drugClass()).isNull();
    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.INVALID_DATE);
    assertThat(r.onlyReject().column()).isEqualTo("CMSTDTC");
    assertThat(r.onlyReject().origin().line()).isEqualTo(7);
  }

  @Test
  void cmWithoutAStartVariableIsNotRead() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.SDTM_CSV, "cm.csv", "STUDYID,DOMAIN,USUBJID,CMTRT\nK1,CM,P1,ASPIRIN\n");
    assertThat(r.medications()).isEmpty();
    assertThat(r.onlyReject().reason()).contains("CMSTDTC or CMSTDY");
  }

  private Path xpt(
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

  @Test
  void sdtmConcomitantMedicationsInSasTransport() throws IOException {
    Path cm =
        xpt(
            "cm.xpt",
            "CM",
            List.of(
                new XportOutput.Column("STUDYID", false, 4, ""),
                new XportOutput.Column("DOMAIN", false, 2, ""),
                new XportOutput.Column("USUBJID", false, 4, ""),
                new XportOutput.Column("CMSEQ", true, 8, ""),
                new XportOutput.Column("CMTRT", false, 20, ""),
                new XportOutput.Column("CMDECOD", false, 20, ""),
                new XportOutput.Column("CMDOSE", true, 8, ""),
                new XportOutput.Column("CMDOSU", false, 8, ""),
                new XportOutput.Column("CMSTDTC", false, 10, ""),
                new XportOutput.Column("CMENDTC", false, 10, ""),
                new XportOutput.Column("CMSTDY", true, 8, ""),
                new XportOutput.Column("CMENDY", true, 8, ""),
                new XportOutput.Column("CMENRTPT", false, 8, "")),
            List.of(
                row(
                    "K1",
                    "CM",
                    "P1",
                    1.0,
                    "Ativan",
                    "LORAZEPAM",
                    1.0,
                    "mg",
                    "2024-01-03",
                    "2024-01-10",
                    2.0,
                    9.0,
                    ""),
                row(
                    "K1",
                    "CM",
                    "P1",
                    2.0,
                    "Zoloft",
                    "SERTRALINE",
                    50.0,
                    "mg",
                    "2023",
                    "",
                    null,
                    null,
                    "ONGOING")));
    assertThat(FormatDetector.detect("cm.xpt", Files.readAllBytes(cm)).format())
        .isEqualTo(SourceFormat.SDTM_XPT);
    ReadBack.Result r = ReadBack.readFile(cm, SourceFormat.SDTM_XPT, "x", null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().medications())
        .extracting(
            MedicationObservation::drug,
            MedicationObservation::decod,
            MedicationObservation::dose,
            MedicationObservation::startDate,
            MedicationObservation::startStudyDay,
            MedicationObservation::endStudyDay,
            MedicationObservation::ongoing)
        .containsExactly(
            tuple("Ativan", "LORAZEPAM", 1.0, "2024-01-03", 2, 9, false),
            tuple("Zoloft", "SERTRALINE", 50.0, "2023", null, null, true));
  }
}
