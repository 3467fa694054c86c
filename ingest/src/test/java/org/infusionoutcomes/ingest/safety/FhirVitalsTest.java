package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;

/** Hand-made FHIR vital-sign Observations: panel components, units, ranges, placement. */
class FhirVitalsTest {
  private static final String EXT =
      "{\"url\":\"https://infusion-outcomes.org/fhir/StructureDefinition/minutes-from-start\",\"valueInteger\":%s}";

  private static String obs(String code, String value, String extra) {
    return "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/P1\"},"
        + "\"effectiveDateTime\":\"2024-03-01T10:40:00+01:00\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\""
        + code
        + "\"}]}"
        + (value == null ? "" : ",\"valueQuantity\":" + value)
        + extra
        + "}";
  }

  @Test
  void readingsComponentsUnitsAndPlacement() {
    String panel =
        obs(
            "85354-9",
            null,
            ",\"extension\":["
                + EXT.formatted("40")
                + "],\"component\":["
                + "{\"code\":{\"coding\":[{\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":162,\"code\":\"mm[Hg]\"}},"
                + "{\"code\":{\"coding\":[{\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":94,\"unit\":\"mmHg\"}},"
                + "{\"code\":{\"coding\":[{\"code\":\"8478-0\"}]},\"valueQuantity\":{\"value\":117}}]");
    String lines =
        String.join(
            "\n",
            panel,
            obs("59408-5", "{\"value\":93,\"code\":\"%\"}", ""),
            obs("8310-5", "{\"value\":99.5,\"code\":\"[degF]\"}", ""),
            obs("8867-4", "{\"value\":300,\"code\":\"/min\"}", ""),
            obs("29463-7", "{\"value\":70,\"code\":\"g\"}", ""),
            obs("85354-9", null, ",\"component\":[]"),
            obs("8867-4", "{\"value\":80}", ",\"extension\":[" + EXT.formatted("\"forty\"") + "]"),
            obs("8867-4", null, ""));
    SinkRecorder r = SinkRecorder.read(SourceFormat.FHIR, "vitals.ndjson", lines + "\n");

    assertThat(r.vitals())
        .extracting(
            VitalObservation::test,
            VitalObservation::value,
            VitalObservation::unit,
            VitalObservation::minutesFromStart,
            v -> v.origin().line())
        .containsExactly(
            tuple("SYSBP", 162.0, "mmHg", 40, 1L),
            tuple("DIABP", 94.0, "mmHg", 40, 1L),
            tuple("SPO2", 93.0, "%", null, 2L),
            tuple("TEMP", 37.5, "C", null, 3L));
    assertThat(r.vitals().get(0).time()).isEqualTo(java.time.LocalTime.of(10, 40));
    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column, x -> x.origin().line())
        .containsExactly(
            tuple(RejectRule.IMPLAUSIBLE_VALUE, "valueQuantity.value", 4L),
            tuple(RejectRule.INVALID_UNIT, "valueQuantity.code", 5L),
            tuple(RejectRule.MISSING_REQUIRED_VALUE, "component", 6L),
            tuple(RejectRule.INVALID_DURATION, "extension.valueInteger", 7L),
            tuple(RejectRule.MISSING_REQUIRED_VALUE, "valueQuantity.value", 8L));
  }
}
