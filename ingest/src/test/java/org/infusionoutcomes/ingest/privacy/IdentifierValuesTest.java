package org.infusionoutcomes.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers inside values are found; the values of ordinary clinical exports are not. */
class IdentifierValuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "john.doe@example.com | EMAIL",
        "Nausea - reported by j_smith+ae@clinic.example.org | EMAIL",
        "123-45-6789 | SSN",
        "subject ssn 123456789 on file | SSN",
        "Social Security No. 123 45 6789 | SSN",
        "555-123-4567 | PHONE",
        "call (555) 123-4567 after dosing | PHONE",
        "(555)123-4567 | PHONE",
        "555.123.4567 | PHONE",
        "+1 555 123 4567 | PHONE",
        "1-555-123-4567 | PHONE",
        "+44 20 7946 0958 | PHONE",
        "+49-30-1234567 | PHONE",
        "tel: 0171 234567 | PHONE",
        "Phone 5551234567 | PHONE",
        "MRN: 00482913 | MRN",
        "mrn#A1234567 | MRN",
        "Medical record number 7788123 | MRN",
        "DOB 03/14/1961 | BIRTH_DATE",
        "date of birth: 1961-03-14 | BIRTH_DATE",
        "born 14 March 1961 | BIRTH_DATE",
        "Born on March 14, 1961 | BIRTH_DATE",
      })
  void identifiersAreFound(String text, IdentifierValues.Kind kind) {
    Optional<IdentifierValues.Finding> f = IdentifierValues.find(text, List.of());
    assertThat(f).as(text).isPresent();
    assertThat(f.get().kind()).isEqualTo(kind);
    assertThat(IdentifierValues.redact(text)).contains("[withheld]");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024-03-05T10:00:00+01:00",
        "2024-03-05T10:00:00.123-05:00",
        "2024-03-05 10:00:00",
        "03/05/2024",
        "05.03.2024",
        "20240305",
        "1717171717171",
        "12.345",
        "-0.25",
        "+0.25",
        "1e308",
        "KETA-01-001",
        "KETA-01",
        "01-701-1015",
        "CDISCPILOT01",
        "44249-1",
        "89204-2",
        "urn:oid:2.16.840.1.113883.6.1",
        "urn:uuid:3f2a1c9e-1234-4abc-9def-0123456789ab",
        "http://loinc.org",
        "10028813",
        "Dissociation",
        "Blood pressure increased",
        "Felt detached from body",
        "GASTROINTESTINAL DISORDERS",
        "Hypertension NOS (10020772)",
        "IV ketamine 0.5 mg/kg over 40 min",
        "PT40M",
        "version 1.2.3.4",
        "192.168.100.200",
        "Patient/KETA-05-001",
        "@home",
        "Week 2 (day 14)",
        "score 123-45",
        "{\"resourceType\":\"Patient\",\"birthDate\":\"1961\"}",
        "{\"effectiveDateTime\":\"2024-01-15T09:00:00+00:00\",\"dose\":{\"value\":1.0}}",
        "BRTHDTC=1961|AGE=62",
        "S01,KETA-01-001,MADRS,Baseline,2024-01-15,,08:30,1,3",
      })
  void ordinaryValuesAreNotIdentifiers(String text) {
    assertThat(IdentifierValues.find(text, List.of())).as(text).isEmpty();
    assertThat(IdentifierValues.redact(text)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"101-001-0001", "S-555-123-4567"})
  void aRecordsOwnNumericIdIsNotTakenForATelephoneNumber(String id) {
    String raw = "KETA-01," + id + ",MADRS,Baseline,2024-01-15";
    assertThat(IdentifierValues.find(raw, List.of("KETA-01", id))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"123-45-6789", "jane@example.org"})
  void anIdThatIsAnIdentifierIsStillRefused(String id) {
    assertThat(IdentifierValues.find("KETA-01," + id + ",MADRS", List.of(id))).isPresent();
  }
}
