package org.infusionoutcomes.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infusionoutcomes.ingest.detect.Detection;
import org.infusionoutcomes.ingest.format.FormatRoundTrip;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.format.TestFiles;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirReaderTest {
  private static final String US_CORE = "HL7-US-Core/input/examples/";

  @TempDir Path dir;

  private ReadBack.Result readText(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.FHIR, "FHIR-STUDY", null);
    r.assertEveryRecordAccountedFor();
    return r;
  }

  @Test
  void usCorePhq9ObservationsGiveItemsAndTheReportedTotal() {
    Path examples = TestFiles.external(US_CORE);
    ReadBack.Result r = ReadBack.readTree(examples, "hl7");
    r.assertEveryRecordAccountedFor();
    assertThat(r.detections().values()).allMatch(Detection::isRead);
    // 11 item/total Observations, the panel, the Questionnaire and the QuestionnaireResponse.
    assertThat(r.records()).isEqualTo(14);
    List<ScoreObservation> fromObservations =
        r.sink().scores().stream().filter(o -> o.origin().file().contains("Observation-")).toList();
    assertThat(fromObservations)
        .extracting(ScoreObservation::item, ScoreObservation::value)
        .containsExactlyInAnyOrder(
            tuple(1, "2"),
            tuple(2, "2"),
            tuple(3, "2"),
            tuple(4, "2"),
            tuple(5, "1"),
            tuple(6, "1"),
            tuple(7, "2"),
            tuple(8, "0"),
            tuple(9, "0"),
            tuple(0, "12"));
    assertThat(fromObservations)
        .allSatisfy(
            o -> {
              assertThat(o.scale()).isEqualTo("PHQ9");
              assertThat(o.subjectId()).isEqualTo("example");
              assertThat(o.studyId()).isEqualTo("hl7");
              assertThat(o.date()).isEqualTo(LocalDate.of(2022, 11, 29));
              assertThat(o.time()).isEqualTo(LocalTime.of(20, 50, 32, 718_000_000));
            });
    // The Questionnaire is a form, not a record: refused with the reason.
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            rej -> {
              assertThat(rej.rule()).isEqualTo(RejectRule.UNSUPPORTED_RECORD);
              assertThat(rej.column()).isEqualTo("resourceType");
              assertThat(rej.origin().file()).endsWith("Questionnaire-phq-9-example.json");
            });
    // Observations and QuestionnaireResponse describe the same assessment: one canonical row, total
    // 12.
    FormatRoundTrip.Canonical c = FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL);
    assertThat(c.assessments())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .contains(
                        "|PHQ9|", "[2, 2, 2, 2, 1, 1, 2, 0, 0]|9|12.0|items|12.0|false|moderate"));
    assertThat(c.rejects()).isEmpty();
  }

  @Test
  void usCoreQuestionnaireResponseIsReadByLinkId() {
    Path p = TestFiles.external(US_CORE + "QuestionnaireResponse-phq-9-example.json");
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.FHIR, "hl7", null);
    r.assertEveryRecordAccountedFor();
    assertThat(r.records()).isEqualTo(1);
    assertThat(r.sink().rejects()).isEmpty();
    assertThat(r.sink().scores())
        .extracting(ScoreObservation::item, ScoreObservation::value)
        .containsExactly(
            tuple(1, "2"),
            tuple(2, "2"),
            tuple(3, "2"),
            tuple(4, "2"),
            tuple(5, "1"),
            tuple(6, "1"),
            tuple(7, "2"),
            tuple(8, "0"),
            tuple(9, "0"),
            tuple(0, "12"));
    assertThat(r.sink().scores().get(0).origin().line()).isEqualTo(1);
    assertThat(r.sink().scores().get(0).time()).isEqualTo(LocalTime.of(20, 50, 32, 718_000_000));
  }

  @Test
  void ndjsonLinesAreAcceptedOrRejectedOneByOne() throws IOException {
    String obs =
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/G1-001\"},"
            + "\"effectiveDateTime\":\"2024-03-01T09:15:00+01:00\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"%s\"}]},%s}";
    List<String> lines =
        List.of(
            obs.formatted("44261-6", "\"valueInteger\":14"),
            "{\"resourceType\":\"Observation\", \"status\": ",
            obs.formatted("2339-0", "\"valueQuantity\":{\"value\":5.4,\"unit\":\"mmol/L\"}"),
            "{\"resourceType\":\"Encounter\",\"id\":\"e1\"}",
            "{\"resourceType\":\"Patient\",\"id\":\"G1-002\",\"name\":[{\"family\":\"Doe\",\"given\":[\"Jane\"]}]}",
            "",
            "{\"resourceType\":\"Patient\",\"id\":\"G1-001\",\"gender\":\"female\",\"managingOrganization\":{\"reference\":\"Organization/SITE-7\"}}",
            "{\"resourceType\":\"MedicationAdministration\",\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/G1-001\"},"
                + "\"effectivePeriod\":{\"start\":\"2024-03-01T10:00:00-05:00\",\"end\":\"2024-03-01T10:40:00-05:00\"},"
                + "\"medicationCodeableConcept\":{\"text\":\"ketamine\"},\"dosage\":{\"route\":{\"text\":\"IV\"},"
                + "\"dose\":{\"value\":0.5,\"unit\":\"mg/kg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg/kg\"}}}",
            "{\"resourceType\":\"MedicationAdministration\",\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/G1-001\"},"
                + "\"effectiveDateTime\":\"2024-03-04\",\"dosage\":{\"dose\":{\"value\":5,\"unit\":\"mL\"}}}",
            obs.formatted("44250-9", "\"valueBoolean\":true"),
            "{\"resourceType\":\"Observation\",\"status\":\"entered-in-error\",\"subject\":{\"reference\":\"Patient/G1-001\"},"
                + "\"effectiveDateTime\":\"2024-03-01\",\"code\":{\"coding\":[{\"code\":\"44250-9\"}]},\"valueInteger\":1}",
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/G1-001\",\"display\":\"Jane Doe\"},"
                + "\"effectiveDateTime\":\"2024-03-01\",\"code\":{\"coding\":[{\"code\":\"44250-9\"}]},\"valueInteger\":1}",
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/G1-001\"},"
                + "\"code\":{\"coding\":[{\"code\":\"44250-9\"}]},\"valueInteger\":1}");
    ReadBack.Result r = readText("export.ndjson", String.join("\n", lines) + "\n");
    assertThat(r.records()).isEqualTo(12);
    assertThat(r.sink().scores())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.item()).isZero();
              assertThat(o.value()).isEqualTo("14");
              assertThat(o.subjectId()).isEqualTo("G1-001");
              assertThat(o.studyId()).isEqualTo("FHIR-STUDY");
              assertThat(o.time())
                  .as("local time as written, offset not applied")
                  .isEqualTo(LocalTime.of(9, 15));
              assertThat(o.origin().line()).isEqualTo(1);
            });
    assertThat(r.sink().subjects())
        .extracting(
            SubjectObservation::subjectId, SubjectObservation::sex, SubjectObservation::siteId)
        .containsExactly(tuple("G1-001", "F", "SITE-7"));
    assertThat(r.sink().infusions())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.doseMgPerKg()).isEqualTo(0.5);
              assertThat(i.doseMg()).isNull();
              assertThat(i.time()).isEqualTo(LocalTime.of(10, 0));
              assertThat(i.drug()).isEqualTo("ketamine");
              assertThat(i.route()).isEqualTo("IV");
            });
    assertThat(r.sink().rejects())
        .extracting(x -> x.origin().line(), Reject::rule, Reject::column)
        .containsExactly(
            tuple(2L, RejectRule.INVALID_JSON, null),
            tuple(3L, RejectRule.UNKNOWN_SCALE, "code.coding"),
            tuple(4L, RejectRule.UNSUPPORTED_RECORD, "resourceType"),
            tuple(5L, RejectRule.DIRECT_IDENTIFIER_VALUE, "name"),
            tuple(9L, RejectRule.INVALID_NUMBER, "dosage.dose.unit"),
            tuple(10L, RejectRule.INVALID_VALUE_TYPE, "valueBoolean"),
            tuple(11L, RejectRule.UNSUPPORTED_RECORD, "status"),
            tuple(12L, RejectRule.DIRECT_IDENTIFIER_VALUE, "subject.display"),
            tuple(13L, RejectRule.MISSING_TIME, "effectiveDateTime"));
    assertThat(r.sink().rejects().get(0).origin().rawRecord()).isEqualTo(lines.get(1));
    assertThat(r.sink().rejects().get(1).reason()).contains("2339-0");
    // Direct identifiers are never copied.
    List<Reject> identifiers = r.sink().rejects(RejectRule.DIRECT_IDENTIFIER_VALUE);
    assertThat(identifiers)
        .allSatisfy(
            x -> {
              assertThat(x.origin().rawRecord()).isNull();
              assertThat(x.reason()).doesNotContain("Doe", "Jane");
            });
    // 12 records = 3 accepted (the total, the de-identified Patient, the mg/kg infusion) + 9
    // rejected.
    assertThat(r.sink().acceptedRecords().size() + r.sink().rejectedRecords().size()).isEqualTo(12);
  }

  @Test
  void bundleEntriesAreRecordsAtTheLineTheyStart() throws IOException {
    String bundle =
        """
        {
          "resourceType": "Bundle",
          "type": "collection",
          "entry": [
            {
              "fullUrl": "urn:uuid:1",
              "resource": {
                "resourceType": "Observation", "status": "final",
                "subject": {"reference": "urn:uuid:7f1c"},
                "effectiveDateTime": "2024-05-02",
                "code": {"coding": [{"system": "http://loinc.org", "code": "44249-1"}]},
                "component": [
                  {"code": {"coding": [{"code": "44250-9"}]}, "valueCodeableConcept": {"coding": [{"code": "LA6571-9"}]}},
                  {"code": {"coding": [{"code": "44255-8"}]}, "valueCodeableConcept": {"coding": [
                    {"code": "LA9999-9", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}]}},
                  {"code": {"coding": [{"code": "69722-7"}]}, "valueCodeableConcept": {"coding": [{"code": "LA6573-5"}]}}
                ]
              }
            },
            {
              "resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/x"},
                "effectiveDateTime": "2024-05-02", "code": {"coding": [{"code": "2339-0"}]}, "valueQuantity": {"value": 5.4}}
            },
            {"fullUrl": "urn:uuid:3"}
          ]
        }
        """;
    ReadBack.Result r = readText("bundle.json", bundle);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.sink().scores())
        .extracting(
            ScoreObservation::subjectId,
            ScoreObservation::item,
            ScoreObservation::value,
            o -> o.origin().line())
        .containsExactly(tuple("7f1c", 1, "3", 5L), tuple("7f1c", 2, "1", 5L));
    assertThat(r.sink().rejects())
        .extracting(x -> x.origin().line(), Reject::rule)
        .containsExactly(
            tuple(20L, RejectRule.UNKNOWN_SCALE), tuple(24L, RejectRule.UNSUPPORTED_RECORD));
  }

  @Test
  void invalidJsonDocumentIsOneRejectedRecord() throws IOException {
    ReadBack.Result r =
        readText("broken.json", "{\n  \"resourceType\": \"Observation\",\n  \"status\": \n}\n");
    assertThat(r.records()).isEqualTo(1);
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.INVALID_JSON);
              assertThat(x.reason()).contains("line 4");
            });
  }

  @Test
  void unknownAnswerCodesFlowToScoringAsText() throws IOException {
    String obs =
        "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/p\"},\"effectiveDateTime\":\"2024-01-01\","
            + "\"code\":{\"coding\":[{\"code\":\"44250-9\"}]},\"valueCodeableConcept\":{\"coding\":[{\"code\":\"LA0000-0\"}]}}";
    ReadBack.Result r = readText("one.ndjson", obs + "\n");
    assertThat(r.sink().scores()).extracting(ScoreObservation::value).containsExactly("LA0000-0");
    assertThat(FormatRoundTrip.canonical(r.sink(), FormatRoundTrip.Carries.ALL).rejects())
        .singleElement()
        .asString()
        .startsWith("item_not_integer");
  }

  @Test
  void infusionDoseInMgAndCourseLabelExtension() throws IOException {
    String ma =
        "{\"resourceType\":\"MedicationAdministration\",\"subject\":{\"reference\":\"Patient/p\"},"
            + "\"extension\":[{\"url\":\""
            + FhirResourceInterpreter.COURSE_LABEL
            + "\",\"valueString\":\"induction\"}],"
            + "\"effectiveDateTime\":\"2024-01-01T08:00:00Z\",\"medicationCodeableConcept\":{\"coding\":[{\"display\":\"esketamine\"}]},"
            + "\"dosage\":{\"dose\":{\"value\":56,\"unit\":\"mg\"},\"route\":{\"coding\":[{\"code\":\"NASAL\"}]}}}";
    ReadBack.Result r = readText("ma.ndjson", ma + "\n");
    assertThat(r.sink().infusions())
        .extracting(
            InfusionObservation::doseMg,
            InfusionObservation::doseMgPerKg,
            InfusionObservation::drug,
            InfusionObservation::route,
            InfusionObservation::courseLabel)
        .containsExactly(tuple(56.0, null, "esketamine", "NASAL", "induction"));
  }

  @Test
  void referencesToPatientsAreReduced() {
    assertThat(FhirResourceInterpreter.referenceId("Patient/G1-001", "Patient"))
        .isEqualTo("G1-001");
    assertThat(
            FhirResourceInterpreter.referenceId(
                "https://x.org/fhir/Patient/42/_history/3", "Patient"))
        .isEqualTo("42");
    assertThat(FhirResourceInterpreter.referenceId("urn:uuid:abc", "Patient")).isEqualTo("abc");
    assertThat(FhirResourceInterpreter.referenceId("Group/1", "Patient")).isNull();
    assertThat(FhirResourceInterpreter.referenceId("RelatedPatient/1", "Patient")).isNull();
  }
}
