package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.xpt.XportOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDTM VS and AE as CSV and as SAS transport; QSELTM on questionnaires. */
class SdtmSafetyReadersTest {
  private static final String VS =
      "STUDYID,DOMAIN,USUBJID,VSSEQ,VSTESTCD,VSORRES,VSORRESU,VSSTRESN,VSSTRESU,VSSTAT,VSPOS,VSDTC,VSDY,VSTPT,VSELTM\n";
  private static final String AE =
      "STUDYID,DOMAIN,USUBJID,AESEQ,AETERM,AEDECOD,AEBODSYS,AESEV,AESER,AEREL,AESTDTC,AEENDTC,AESTDY,AEENDY\n";

  @TempDir Path dir;

  private static SinkRecorder csv(String name, String text) {
    return SinkRecorder.read(SourceFormat.SDTM_CSV, name, text);
  }

  @Test
  void vsAndAeAreDetectedAsSdtm() {
    assertThat(FormatDetector.detect("vs.csv", VS.getBytes()).format())
        .isEqualTo(SourceFormat.SDTM_CSV);
    assertThat(FormatDetector.detect("ae.csv", AE.getBytes()).format())
        .isEqualTo(SourceFormat.SDTM_CSV);
  }

  @Test
  void vitalSignsWithElapsedTimesNotDoneAndOtherTests() {
    SinkRecorder r =
        csv(
            "vs.csv",
            VS
                + "K1,VS,P1,1,SYSBP,128,mmHg,128,mmHg,,SITTING,2024-01-03T10:00,1,PRE,-PT15M\n"
                + "K1,VS,P1,2,SYSBP,151,mmHg,151,mmHg,,,2024-01-03T10:55,1,40 MIN,PT40M\n"
                + "K1,VS,P1,3,PULSE,,,,,NOT DONE,,2024-01-03,1,,PT1H30M\n"
                + "K1,VS,P1,4,WSTCIR,90,cm,90,cm,,,2024-01-03,1,,\n"
                + "K1,VS,P1,5,TEMP,98.6,F,,,,,2024-01-03,1,,PT1H30M\n"
                + "K1,VS,P1,6,PULSE,300,BEATS/MIN,300,BEATS/MIN,,,2024-01-03,1,,PT2H\n"
                + "K1,VS,P1,7,PULSE,80,,,,,,2024-01-03,1,,40 minutes\n"
                + "K1,VS,P1,8,PULSE,,,,,,,2024-01-03,1,,\n");

    assertThat(r.recordsRead()).isEqualTo(8);
    assertThat(r.vitals())
        .extracting(
            VitalObservation::test,
            VitalObservation::value,
            VitalObservation::minutesFromStart,
            v -> v.origin().line())
        .containsExactly(
            tuple("SYSBP", 128.0, -15, 2L),
            tuple("SYSBP", 151.0, 40, 3L),
            tuple("TEMP", 37.0, 90, 6L));
    assertThat(r.vitals().get(0).position()).isEqualTo("SITTING");
    assertThat(r.vitals().get(0).studyDay()).isEqualTo(1);
    assertThat(r.vitals().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column, x -> x.origin().line())
        .containsExactly(
            tuple(RejectRule.IMPLAUSIBLE_VALUE, "VSSTRESN", 7L),
            tuple(RejectRule.INVALID_DURATION, "VSELTM", 8L),
            tuple(RejectRule.MISSING_REQUIRED_VALUE, "VSSTRESN", 9L));
  }

  @Test
  void adverseEventsWithPartialAndMissingOnsets() {
    SinkRecorder r =
        csv(
            "ae.csv",
            AE
                + "K1,AE,P1,1,feeling detached,DISSOCIATION,PSYCHIATRIC DISORDERS,MILD,N,PROBABLE,2024-01-03,2024-01-03,1,1\n"
                + "K1,AE,P1,2,NAUSEA,NAUSEA,GASTROINTESTINAL DISORDERS,MODERATE,N,POSSIBLE,2024-01,,,\n"
                + "K1,AE,P1,3,HEADACHE,HEADACHE,NERVOUS SYSTEM DISORDERS,MILD,N,,NA,NA,NA,NA\n"
                + "K1,AE,P1,4,HYPERTENSION,HYPERTENSION,VASCULAR DISORDERS,SEVERE,Y,RELATED,2024-01-10,,8,\n"
                + "K1,AE,P1,5,DIZZINESS,,,UNKNOWN,N,,2024-01-03,,1,\n");

    assertThat(r.adverseEvents())
        .extracting(
            AdverseEventObservation::term,
            AdverseEventObservation::onsetDate,
            AdverseEventObservation::onsetStudyDay,
            AdverseEventObservation::severity,
            AdverseEventObservation::serious)
        .containsExactly(
            tuple("feeling detached", LocalDate.of(2024, 1, 3), 1, "MILD", false),
            tuple("NAUSEA", null, null, "MODERATE", false),
            tuple("HEADACHE", null, null, "MILD", false),
            tuple("HYPERTENSION", LocalDate.of(2024, 1, 10), 8, "SEVERE", true));
    assertThat(r.adverseEvents().get(0).preferredTerm()).isEqualTo("DISSOCIATION");
    assertThat(r.adverseEvents().get(0).bodySystem()).isEqualTo("PSYCHIATRIC DISORDERS");
    assertThat(r.adverseEvents().get(0).related()).isEqualTo("PROBABLE");
    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column)
        .containsExactly(tuple(RejectRule.INVALID_VALUE_TYPE, "AESEV"));
  }

  @Test
  void questionnaireElapsedTimePlacesRatingsRelativeToTheInfusion() {
    SinkRecorder r =
        csv(
            "qs.csv",
            "STUDYID,DOMAIN,USUBJID,QSTESTCD,QSCAT,QSSTRESN,QSDTC,QSDY,QSELTM\n"
                + "K1,QS,P1,PHQ0101,PHQ-9,2,2024-01-03,1,PT40M\n"
                + "K1,QS,P1,PHQ0101,PHQ-9,0,2024-01-03,1,-PT5M\n");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores()).extracting(ScoreObservation::minutesFromStart).containsExactly(40, -5);
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
  void vitalSignsAndAdverseEventsInSasTransport() throws IOException {
    Path vs =
        xpt(
            "vs.xpt",
            "VS",
            List.of(
                new XportOutput.Column("STUDYID", false, 4, ""),
                new XportOutput.Column("DOMAIN", false, 2, ""),
                new XportOutput.Column("USUBJID", false, 4, ""),
                new XportOutput.Column("VSSEQ", true, 8, ""),
                new XportOutput.Column("VSTESTCD", false, 8, ""),
                new XportOutput.Column("VSSTRESN", true, 8, ""),
                new XportOutput.Column("VSSTRESU", false, 10, ""),
                new XportOutput.Column("VSSTAT", false, 8, ""),
                new XportOutput.Column("VSDTC", false, 16, ""),
                new XportOutput.Column("VSDY", true, 8, ""),
                new XportOutput.Column("VSELTM", false, 8, "")),
            List.of(
                row("K1", "VS", "P1", 1.0, "SPO2", 96.0, "%", "", "2024-01-03T10:30", 1.0, "PT30M"),
                row("K1", "VS", "P1", 2.0, "DIABP", null, "", "NOT DONE", "2024-01-03", 1.0, ""),
                row("K1", "VS", "P1", 3.0, "DIABP", 85.0, "mmHg", "", "2024-01-03", 1.0, "PT1H")));
    assertThat(FormatDetector.detect("vs.xpt", Files.readAllBytes(vs)).format())
        .isEqualTo(SourceFormat.SDTM_XPT);
    ReadBack.Result r = ReadBack.readFile(vs, SourceFormat.SDTM_XPT, "x", null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().vitals())
        .extracting(
            VitalObservation::test, VitalObservation::value, VitalObservation::minutesFromStart)
        .containsExactly(tuple("SPO2", 96.0, 30), tuple("DIABP", 85.0, 60));

    Path ae =
        xpt(
            "ae.xpt",
            "AE",
            List.of(
                new XportOutput.Column("STUDYID", false, 4, ""),
                new XportOutput.Column("DOMAIN", false, 2, ""),
                new XportOutput.Column("USUBJID", false, 4, ""),
                new XportOutput.Column("AESEQ", true, 8, ""),
                new XportOutput.Column("AETERM", false, 20, ""),
                new XportOutput.Column("AESEV", false, 8, ""),
                new XportOutput.Column("AESER", false, 1, ""),
                new XportOutput.Column("AESTDTC", false, 10, ""),
                new XportOutput.Column("AESTDY", true, 8, "")),
            List.of(
                row("K1", "AE", "P1", 1.0, "NAUSEA", "MILD", "N", "2024-01-03", 1.0),
                row("K1", "AE", "P1", 2.0, "HEADACHE", "MILD", "N", "2024", null)));
    ReadBack.Result a = ReadBack.readFile(ae, SourceFormat.SDTM_XPT, "x", null);
    a.assertEveryRecordAccountedFor();
    assertThat(a.sink().rejects()).isEmpty();
    assertThat(a.sink().adverseEvents())
        .extracting(AdverseEventObservation::term, AdverseEventObservation::onsetUnknown)
        .containsExactly(tuple("NAUSEA", false), tuple("HEADACHE", true));
  }
}
