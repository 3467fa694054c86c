package org.infusionoutcomes.ingest.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

class GenericInfusionsReaderTest {
  private static final String HEADER =
      "study_id,site_id,subject_id,infusion_date,study_day,infusion_time,dose_mg_per_kg,dose_mg,route,drug,course\n";

  private static SinkRecorder read(String rows) {
    return SinkRecorder.read(SourceFormat.GENERIC_INFUSIONS, "infusions.csv", HEADER + rows);
  }

  @Test
  void infusionRowKeepsEveryField() {
    SinkRecorder r = read("S1,A,P1,2024-01-03,,14:30,0.5,35,IV,ketamine,C1\n");

    assertThat(r.rejects()).isEmpty();
    InfusionObservation i = r.infusions().get(0);
    assertThat(i.studyId()).isEqualTo("S1");
    assertThat(i.siteId()).isEqualTo("A");
    assertThat(i.subjectId()).isEqualTo("P1");
    assertThat(i.date()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(i.studyDay()).isNull();
    assertThat(i.time()).isEqualTo(LocalTime.of(14, 30));
    assertThat(i.doseMgPerKg()).isEqualTo(0.5);
    assertThat(i.doseMg()).isEqualTo(35.0);
    assertThat(i.route()).isEqualTo("IV");
    assertThat(i.drug()).isEqualTo("ketamine");
    assertThat(i.courseLabel()).isEqualTo("C1");
    assertThat(i.origin().line()).isEqualTo(2);
  }

  @Test
  void emptyDoseIsAllowed() {
    SinkRecorder r = read("S1,,P1,,3,,,56,intranasal,esketamine,\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.infusions().get(0).doseMgPerKg()).isNull();
    assertThat(r.infusions().get(0).doseMg()).isEqualTo(56.0);
    assertThat(r.infusions().get(0).studyDay()).isEqualTo(3);
  }

  @Test
  void doseThatIsNotANonNegativeNumberRejectsTheRow() {
    SinkRecorder r =
        read(
            "S1,,P1,2024-01-03,,,-0.5,,,,\nS1,,P1,2024-01-04,,,half,,,,\nS1,,P1,2024-01-05,,,0.5,,,,\n");

    assertThat(r.rejectRules()).containsExactly("invalid_number", "invalid_number");
    assertThat(r.rejects())
        .extracting(x -> x.column())
        .containsExactly("dose_mg_per_kg", "dose_mg_per_kg");
    assertThat(r.rejects().get(0).reason()).isEqualTo("dose '-0.5' is not a non-negative number");
    assertThat(r.infusions()).hasSize(1);
    assertThat(r.recordsRead()).isEqualTo(3);
  }

  @Test
  void infusionWithoutDateOrStudyDayIsMissingTime() {
    SinkRecorder r = read("S1,,P1,,,10:00,0.5,,,,\n");

    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_TIME);
  }

  @Test
  void missingDoseColumnRefusesTheFile() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_INFUSIONS,
            "infusions.csv",
            "study_id,subject_id,infusion_date\nS1,P1,2024-01-03\n");

    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(r.onlyReject().column()).isEqualTo("dose_mg_per_kg");
    assertThat(r.recordsRead()).isZero();
  }
}
