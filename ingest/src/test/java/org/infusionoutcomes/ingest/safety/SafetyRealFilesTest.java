package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;

/**
 * Real public files (see the external samples' SOURCES.md). Expected counts were taken with
 * Python's csv module, independently of these readers: vs_metabolic.csv has 719 rows, 82 of them
 * HIPCIR/WSTCIR (not read) and 637 of the nine tests; the 55 TEMP values (35.89-37.22) are labelled
 * F although they are Celsius, so converted from F they are implausible; ae.csv has 1191 rows of
 * 225 subjects, 26 with a partial AESTDTC (15 YYYY-MM, 11 YYYY).
 */
class SafetyRealFilesTest {
  private static final String US_CORE = "HL7-US-Core-vital-signs/input/examples/";

  @Test
  void pharmaverseVitalSigns() {
    ReadBack.Result r =
        ReadBack.readFile(
            TestFiles.external("pharmaversesdtm/inst/extdata/vs_metabolic.csv"),
            SourceFormat.SDTM_CSV,
            "x",
            null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(719);
    // The unit label is wrong in the source: 36.06 "F" is 2.3 C. The rule catches it.
    assertThat(r.sink().rejects())
        .hasSize(55)
        .allSatisfy(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.IMPLAUSIBLE_VALUE);
              assertThat(x.column()).isEqualTo("VSSTRESN");
              assertThat(x.reason())
                  .startsWith("TEMP ")
                  .contains(" C is outside the plausible range 30-45 C");
            });
    assertThat(r.sink().vitals()).hasSize(637 - 55);
    Map<String, Long> byTest =
        r.sink().vitals().stream()
            .collect(
                Collectors.groupingBy(VitalObservation::test, TreeMap::new, Collectors.counting()));
    assertThat(byTest)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "BMI", 41L, "DIABP", 165L, "HEIGHT", 5L, "PULSE", 165L, "SYSBP", 165L, "WEIGHT",
                    41L)));
    // VSELTM PT1M / PT3M / PT5M on the 3 x 165 blood-pressure and pulse readings
    assertThat(r.sink().vitals().stream().filter(v -> v.minutesFromStart() != null).count())
        .isEqualTo(495);
  }

  @Test
  void pharmaverseAdverseEvents() {
    ReadBack.Result r =
        ReadBack.readFile(
            TestFiles.external("pharmaversesdtm/inst/extdata/ae.csv"),
            SourceFormat.SDTM_CSV,
            "x",
            null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(1191);
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().adverseEvents()).hasSize(1191);
    assertThat(r.sink().adverseEvents().stream().filter(AdverseEventObservation::onsetUnknown))
        .hasSize(26);
    assertThat(r.sink().adverseEvents().stream().map(AdverseEventObservation::subjectId).distinct())
        .hasSize(225);
    assertThat(
            r.sink().adverseEvents().stream().filter(a -> Boolean.TRUE.equals(a.serious())).count())
        .isEqualTo(3);
    assertThat(r.sink().adverseEvents().stream().filter(a -> "SEVERE".equals(a.severity())).count())
        .isEqualTo(43);
  }

  @Test
  void usCoreVitalSignExamplesNameThePatientAndAreRefusedWithoutTheirText() {
    for (String f :
        new String[] {
          "blood-pressure.json",
          "heart-rate.json",
          "respiratory-rate.json",
          "temperature.json",
          "weight.json",
          "height.json",
          "bmi.json"
        }) {
      ReadBack.Result r =
          ReadBack.readFile(TestFiles.external(US_CORE + f), SourceFormat.FHIR, "x", null);
      assertThat(r.sink().vitals()).as(f).isEmpty();
      assertThat(r.sink().onlyReject().rule()).as(f).isEqualTo(RejectRule.DIRECT_IDENTIFIER_VALUE);
      assertThat(r.sink().onlyReject().origin().rawRecord()).as(f).isNull();
    }
  }

  @Test
  void usCoreVitalSignExamplesWithoutTheNameAreReadWithTheirValues() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder ndjson = new StringBuilder();
    for (String f :
        new String[] {
          "blood-pressure.json", "heart-rate.json", "respiratory-rate.json", "temperature.json",
          "weight.json", "height.json", "bmi.json", "Observation-average-blood-pressure.json"
        }) {
      ObjectNode o = (ObjectNode) json.readTree(Files.readString(TestFiles.external(US_CORE + f)));
      ((ObjectNode) o.get("subject")).remove("display");
      ndjson.append(json.writeValueAsString(o)).append('\n');
    }
    SinkRecorder r = SinkRecorder.read(SourceFormat.FHIR, "vitals.ndjson", ndjson.toString());

    assertThat(r.vitals())
        .extracting(VitalObservation::test, VitalObservation::value, VitalObservation::unit)
        .containsExactly(
            tuple("SYSBP", 109.0, "mmHg"),
            tuple("DIABP", 44.0, "mmHg"),
            tuple("PULSE", 44.0, "beats/min"),
            tuple("RESP", 26.0, "breaths/min"),
            tuple("TEMP", 36.55556, "C"),
            tuple("WEIGHT", 20.09414, "kg"),
            tuple("HEIGHT", 111.506, "cm"),
            tuple("BMI", 16.2, "kg/m2"));
    assertThat(r.vitals()).allSatisfy(v -> assertThat(v.subjectId()).isEqualTo("example"));
    assertThat(r.vitals().get(0).date()).isEqualTo(java.time.LocalDate.of(1999, 7, 2));
    // the 3-day average blood pressure (96607-7) is not a reading taken during a session
    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.UNKNOWN_SCALE);
    assertThat(r.onlyReject().origin().line()).isEqualTo(8);
  }
}
