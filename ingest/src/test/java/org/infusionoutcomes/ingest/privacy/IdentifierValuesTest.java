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

  @org.junit.jupiter.api.Test
  void theTestsThatSkipAPatternNeverChangeAResult() {
    // Texts made of what identifiers and clinical values are made of: digits, separators, plus
    // signs, parentheses, the labels' letters in both cases, @ and dots.
    String[] pieces = {
      "0",
      "1",
      "5",
      "9",
      "12",
      "123",
      "4567",
      "-",
      " ",
      ".",
      "/",
      "+",
      "(",
      ")",
      ":",
      "@",
      "a",
      "x.org",
      "T",
      "Z",
      "SSN",
      "ssn ",
      "tel",
      "Phone ",
      "MRN",
      "dob ",
      "Born ",
      "mobile",
      "fax",
      "NHS no",
      "social security",
      "March",
      ",",
      "_",
      "\u0130",
      "\u017f"
    };
    java.util.Random random = new java.util.Random(20261207);
    int found = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 3 + random.nextInt(14);
      for (int i = 0; i < parts; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      List<String> own =
          random.nextInt(4) == 0 ? List.of(text.substring(0, text.length() / 2)) : List.of();
      Optional<IdentifierValues.Finding> fast = IdentifierValues.find(text, own, true);
      assertThat(fast).as(text).isEqualTo(IdentifierValues.find(text, own, false));
      found += fast.isPresent() ? 1 : 0;
    }
    // The texts hold identifiers often enough for the comparison to mean something.
    assertThat(found).isGreaterThan(2_000);
  }

  @org.junit.jupiter.api.Test
  void digitGroupsAndPlusRunsAreFoundWhereTheyAre() {
    assertThat(IdentifierValues.hasDigitGroups("id 123-45-6789.", "-", 3, 2, 4)).isTrue();
    assertThat(IdentifierValues.hasDigitGroups("2024-03-05T10:00:00", "-", 3, 2, 4)).isFalse();
    assertThat(IdentifierValues.hasDigitGroups("2024-03-05T10:00:00", " .-", 3, 4)).isFalse();
    assertThat(IdentifierValues.hasDigitGroups("call 123 4567", " .-", 3, 4)).isTrue();
    assertThat(IdentifierValues.hasDigitGroups("1234567", " .-", 3, 4)).isFalse();
    assertThat(IdentifierValues.hasPlusRun("2024-03-05T10:00:00+01:00", 8)).isFalse();
    assertThat(IdentifierValues.hasPlusRun("x +44 (20) 7946-0958", 8)).isTrue();
    assertThat(IdentifierValues.hasPlusRun("+1234567", 8)).isFalse();
  }
}
