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
}
