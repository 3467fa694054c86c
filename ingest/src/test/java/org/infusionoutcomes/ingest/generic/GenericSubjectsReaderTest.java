package org.infusionoutcomes.ingest.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.junit.jupiter.api.Test;

class GenericSubjectsReaderTest {
  private static SinkRecorder read(String rows) {
    return SinkRecorder.read(
        SourceFormat.GENERIC_SUBJECTS,
        "subjects.csv",
        "study_id,subject_id,site_id,sex,age,arm,reference_date\n" + rows);
  }

  @Test
  void subjectRowKeepsDemographicsAndReferenceDate() {
    SinkRecorder r = read("S1,P1,A,F,41.9,ketamine,2024-01-03\n");

    assertThat(r.rejects()).isEmpty();
    SubjectObservation s = r.subjects().get(0);
    assertThat(s.studyId()).isEqualTo("S1");
    assertThat(s.subjectId()).isEqualTo("P1");
    assertThat(s.siteId()).isEqualTo("A");
    assertThat(s.sex()).isEqualTo("F");
    assertThat(s.age()).isEqualTo(41);
    assertThat(s.arm()).isEqualTo("ketamine");
    assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2024, 1, 3));
  }

  @Test
  void ageOutsideZeroTo130IsRejected() {
    SinkRecorder r = read("S1,P1,A,F,131,,\nS1,P2,A,F,-1,,\nS1,P3,A,F,old,,\nS1,P4,A,F,,,\n");

    assertThat(r.rejectRules())
        .containsExactly("invalid_number", "invalid_number", "invalid_number");
    assertThat(r.subjects()).extracting(SubjectObservation::subjectId).containsExactly("P4");
    assertThat(r.subjects().get(0).age()).isNull();
  }

  @Test
  void partialReferenceDateRejectsTheRow() {
    SinkRecorder r = read("S1,P1,A,F,40,,2024-01\n");

    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.PARTIAL_DATE);
    assertThat(r.onlyReject().column()).isEqualTo("reference_date");
  }
}
