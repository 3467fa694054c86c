package org.infusionoutcomes.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectIdentifiersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "name", "name_first", "First Name", "last_name", "LastName", "surname", "patient_name",
            "full_name",
        "Email", "e-mail", "email_address", "phone_number", "Phone", "telephone", "mobile", "fax",
        "street_address", "address", "Address Line 2", "home_address", "dob", "DOB",
            "date_of_birth", "birth_date",
        "MRN", "patient_mrn", "medical_record_number", "nhs_number", "ssn", "SSN",
            "social_security_number"
      })
  void directIdentifierColumnIsRecognised(String column) {
    assertThat(DirectIdentifiers.isIdentifier(column)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // site_name names an institution, not a person: allowed
        "study_id",
        "subject_id",
        "site_id",
        "site_name",
        "visit_name",
        "visit",
        "drug",
        "drug_name",
        "instrument",
        "item",
        "score",
        "USUBJID",
        "STUDYID",
        "BRTHDTC",
        "AGE",
        "SEX",
        "ARM",
        "RFSTDTC",
        "QSORRES",
        "DOMAIN",
        "dose_mg_per_kg",
        "route",
        "course",
        "rater",
        "filename",
        "redcap_event_name",
        "mrn_hash",
        "assessment_date",
        ""
      })
  void ordinaryColumnPasses(String column) {
    assertThat(DirectIdentifiers.isIdentifier(column)).isFalse();
  }

  @Test
  void firstIdentifierGivesItsPosition() {
    assertThat(
            DirectIdentifiers.firstIdentifier(List.of("study_id", "subject_id", "Email", "phone")))
        .contains(2);
    assertThat(DirectIdentifiers.firstIdentifier(List.of("study_id", "subject_id"))).isEmpty();
  }

  @Test
  void fullDateOfBirthIsAnIdentifierButYearOrMonthIsNot() {
    assertThat(DirectIdentifiers.isFullDate("1980-05-17")).isTrue();
    assertThat(DirectIdentifiers.isFullDate(" 1980-05-17T00:00 ")).isTrue();
    assertThat(DirectIdentifiers.isFullDate("1980-05")).isFalse();
    assertThat(DirectIdentifiers.isFullDate("1980")).isFalse();
    assertThat(DirectIdentifiers.isFullDate(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pt_first_name",
        "PatientName_v2",
        "subject_name",
        "guardianName",
        "contact_email_address",
        "EmailAddr2",
        "home_phone_2",
        "phone_number_alt",
        "subject_dob",
        "dob_raw",
        "date_of_birth_raw",
        "BirthDate1",
        "PATIENTFIRSTNAME",
        "SUBJECTDATEOFBIRTH",
        "ssn_last4",
        "mrn_local",
        "hospital_mrn_2",
        "street_address_1"
      })
  void compoundIdentifierColumnIsRecognised(String column) {
    assertThat(DirectIdentifiers.isIdentifier(column)).as(column).isTrue();
  }

  @Test
  void noColumnOfTheDataSamplesIsRefused() throws java.io.IOException {
    java.nio.file.Path samples = java.nio.file.Path.of("../data-samples");
    List<String> headers;
    try (var files = java.nio.file.Files.walk(samples)) {
      headers =
          files
              .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".tsv"))
              .flatMap(
                  f -> {
                    try (var lines = java.nio.file.Files.lines(f)) {
                      return java.util.Arrays.stream(lines.findFirst().orElse("").split("[,\\t]"))
                          .toList()
                          .stream();
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    assertThat(headers).hasSizeGreaterThan(50);
    assertThat(headers).filteredOn(DirectIdentifiers::isIdentifier).isEmpty();
  }
}
