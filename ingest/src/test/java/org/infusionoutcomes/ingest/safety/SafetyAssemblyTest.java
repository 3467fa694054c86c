package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/** Snapshots, duplicates and the day axis for vital signs and adverse events. */
class SafetyAssemblyTest {
  private static SubjectAssembly assemble(SinkRecorder... files) {
    var scores = new java.util.ArrayList<org.infusionoutcomes.ingest.source.ScoreObservation>();
    var infusions =
        new java.util.ArrayList<org.infusionoutcomes.ingest.source.InfusionObservation>();
    var subjects = new java.util.ArrayList<org.infusionoutcomes.ingest.source.SubjectObservation>();
    var vitals = new java.util.ArrayList<org.infusionoutcomes.ingest.source.VitalObservation>();
    var aes = new java.util.ArrayList<org.infusionoutcomes.ingest.source.AdverseEventObservation>();
    for (SinkRecorder r : files) {
      assertThat(r.rejects()).isEmpty();
      scores.addAll(r.scores());
      infusions.addAll(r.infusions());
      subjects.addAll(r.subjects());
      vitals.addAll(r.vitals());
      aes.addAll(r.adverseEvents());
    }
    return new SubjectAssembler(ScaleRegistry.shipped())
        .assemble("K1", "P1", scores, infusions, subjects, vitals, aes, List.of());
  }

  private static SinkRecorder file(SourceFormat format, String name, int order, String text) {
    return SinkRecorder.read(
        org.infusionoutcomes.ingest.format.SourceReaders.forFormat(format),
        SinkRecorder.file(format, name, order),
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static final String V =
      "study_id,subject_id,test,value,measured_date,study_day,measured_time,minutes_from_start\n";

  @Test
  void vitalSnapshotsAndDuplicatesFollowTheKey() {
    SinkRecorder first =
        file(
            SourceFormat.GENERIC_VITALS,
            "a/vitals.csv",
            0,
            V
                + "K1,P1,SYSBP,130,2024-01-03,,,-10\n"
                + "K1,P1,SYSBP,150,2024-01-03,,,40\n"
                + "K1,P1,SYSBP,150,2024-01-03,,,40\n"
                + "K1,P1,PULSE,80,2024-01-03,,,40\n");
    SinkRecorder second =
        file(
            SourceFormat.GENERIC_VITALS,
            "b/vitals.csv",
            1,
            V + "K1,P1,SYSBP,131,2024-01-03,,,-10\n");
    SubjectAssembly a = assemble(first, second);

    assertThat(a.vitalSigns())
        .extracting(
            VitalSign::test, VitalSign::value, VitalSign::minutesFromStart, VitalSign::sourceLine)
        .containsExactly(
            tuple("PULSE", 80.0, 40, 5L),
            tuple("SYSBP", 131.0, -10, 2L),
            tuple("SYSBP", 150.0, 40, 4L));
    assertThat(a.vitalSigns().get(1).sourceFile()).endsWith("b/vitals.csv");
    assertThat(a.vitalSigns().get(0).day()).isEqualTo((int) LocalDate.of(2024, 1, 3).toEpochDay());
    assertThat(a.warnings())
        .extracting(Reject::rule, r -> r.origin().line())
        .containsExactlyInAnyOrder(
            tuple(RejectRule.DUPLICATE_CONFLICTING, 2L), tuple(RejectRule.DUPLICATE_IDENTICAL, 3L));
    assertThat(a.subject()).isNotNull();
  }

  @Test
  void readingsAtDifferentTimesOfOneDayAreKeptApart() {
    SubjectAssembly a =
        assemble(
            file(
                SourceFormat.GENERIC_VITALS,
                "vitals.csv",
                0,
                V
                    + "K1,P1,SPO2,97,2024-01-03,,09:50,\n"
                    + "K1,P1,SPO2,93,2024-01-03,,10:30,\n"
                    + "K1,P1,SPO2,95,2024-01-03,,11:00,\n"));
    assertThat(a.vitalSigns())
        .extracting(VitalSign::measuredTime)
        .containsExactly(LocalTime.of(9, 50), LocalTime.of(10, 30), LocalTime.of(11, 0));
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void adverseEventsKeyedByTermAndOnsetDayWithUnknownOnsetsKept() {
    String h = "study_id,subject_id,term,severity,start_date,start_day,end_date\n";
    SubjectAssembly a =
        assemble(
            file(
                SourceFormat.GENERIC_ADVERSE_EVENTS,
                "adverse_events.csv",
                0,
                h
                    + "K1,P1,Nausea,MILD,2024-01-03,,2024-01-04\n"
                    + "K1,P1,NAUSEA,MODERATE,2024-01-03,,\n"
                    + "K1,P1,Nausea,MILD,2024-01-10,,\n"
                    + "K1,P1,Headache,MILD,2024-01,,\n"),
            file(
                SourceFormat.GENERIC_INFUSIONS,
                "infusions.csv",
                1,
                "study_id,subject_id,dose_mg_per_kg,infusion_date\nK1,P1,0.5,2024-01-03\n"));

    int jan3 = (int) LocalDate.of(2024, 1, 3).toEpochDay();
    assertThat(a.adverseEvents())
        .extracting(
            AdverseEvent::term,
            AdverseEvent::severity,
            AdverseEvent::onsetDay,
            AdverseEvent::endDay)
        .containsExactly(
            tuple("Headache", "MILD", null, null),
            tuple("NAUSEA", "MODERATE", jan3, null),
            tuple("Nausea", "MILD", jan3 + 7, null));
    assertThat(a.warnings())
        .extracting(Reject::rule, r -> r.origin().line())
        .containsExactly(tuple(RejectRule.DUPLICATE_CONFLICTING, 2L));
  }

  @Test
  void studyDayAxisAndEndDay() {
    String h = "study_id,subject_id,term,start_day,end_day\n";
    SubjectAssembly a =
        assemble(
            file(
                SourceFormat.GENERIC_ADVERSE_EVENTS,
                "adverse_events.csv",
                0,
                h + "K1,P1,Dizziness,1,2\nK1,P1,Dizziness,-1,\n"));
    assertThat(a.adverseEvents())
        .extracting(AdverseEvent::onsetDay, AdverseEvent::endDay)
        .containsExactly(tuple(0, null), tuple(1, 2));
  }

  @Test
  void mixedAxisRejectsVitalsToo() {
    SubjectAssembly a =
        assemble(
            file(
                SourceFormat.GENERIC_VITALS,
                "vitals.csv",
                0,
                V + "K1,P1,PULSE,80,2024-01-03,,,\nK1,P1,PULSE,82,,3,,\n"));
    assertThat(a.vitalSigns()).isEmpty();
    assertThat(a.rejects())
        .extracting(Reject::rule)
        .containsOnly(RejectRule.MIXED_TIME_AXIS)
        .hasSize(2);
  }

  @Test
  void cadssRatingsAtDifferentMinutesOfOneDayAreSeparateAssessments() {
    SubjectAssembly a =
        assemble(
            file(
                SourceFormat.GENERIC_SCORES,
                "scores.csv",
                0,
                "study_id,subject_id,instrument,item,score,assessment_date,minutes_from_start\n"
                    + "K1,P1,CADSS,total,0,2024-01-03,-5\n"
                    + "K1,P1,CADSS,total,18,2024-01-03,40\n"
                    + "K1,P1,CADSS,total,2,2024-01-03,120\n"));
    assertThat(a.assessments())
        .extracting(Assessment::minutesFromStart, Assessment::totalScore)
        .containsExactly(tuple(-5, 0.0), tuple(40, 18.0), tuple(120, 2.0));
    assertThat(List.of(a.warnings(), a.rejects())).allSatisfy(l -> assertThat(l).isEmpty());
  }
}
