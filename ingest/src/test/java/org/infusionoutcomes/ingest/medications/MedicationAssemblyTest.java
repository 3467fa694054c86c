package org.infusionoutcomes.ingest.medications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.format.SourceReaders;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;

/** Snapshots, duplicates and the day axis for medication records. */
class MedicationAssemblyTest {
  private static final String H =
      "study_id,subject_id,drug,start_date,start_day,end_date,ongoing,dose\n";

  private static SinkRecorder file(SourceFormat format, String name, int order, String text) {
    return SinkRecorder.read(
        SourceReaders.forFormat(format),
        SinkRecorder.file(format, name, order),
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static SubjectAssembly assemble(SinkRecorder... files) {
    var scores = new ArrayList<org.infusionoutcomes.ingest.source.ScoreObservation>();
    var infusions = new ArrayList<org.infusionoutcomes.ingest.source.InfusionObservation>();
    var subjects = new ArrayList<org.infusionoutcomes.ingest.source.SubjectObservation>();
    var meds = new ArrayList<org.infusionoutcomes.ingest.source.MedicationObservation>();
    for (SinkRecorder r : files) {
      assertThat(r.rejects()).isEmpty();
      scores.addAll(r.scores());
      infusions.addAll(r.infusions());
      subjects.addAll(r.subjects());
      meds.addAll(r.medications());
    }
    return new SubjectAssembler(ScaleRegistry.shipped())
        .assemble("K1", "P1", scores, infusions, subjects, List.of(), List.of(), meds);
  }

  @Test
  void laterFileAndLineWinPerDrugAndStart() {
    SinkRecorder first =
        file(
            SourceFormat.GENERIC_MEDICATIONS,
            "2024-01/medications.csv",
            0,
            H
                + "K1,P1,Lorazepam,2024-01-02,,,Y,1\n"
                + "K1,P1,sertraline,2023,,,Y,50\n"
                + "K1,P1,sertraline,2023,,,Y,50\n"
                + "K1,P1,Clonazepam,2023-11,,,Y,0.5\n");
    // the later snapshot ends the lorazepam and changes nothing else
    SinkRecorder second =
        file(
            SourceFormat.GENERIC_MEDICATIONS,
            "2024-02/medications.csv",
            1,
            H + "K1,P1,LORAZEPAM,2024-01-02,,2024-01-20,N,1\n" + "K1,P1,Diazepam,,,,,\n");
    SubjectAssembly a = assemble(first, second);

    assertThat(a.medications())
        .extracting(
            Medication::drug,
            Medication::startDate,
            Medication::endDate,
            Medication::ongoing,
            Medication::sourceLine)
        .containsExactly(
            tuple("Clonazepam", "2023-11", null, true, 5L),
            tuple("Diazepam", null, null, false, 3L),
            tuple("LORAZEPAM", "2024-01-02", "2024-01-20", false, 2L),
            tuple("sertraline", "2023", null, true, 4L));
    assertThat(a.medications().get(2).sourceFile()).endsWith("2024-02/medications.csv");
    assertThat(a.medications().get(0).sourceFormat()).isEqualTo("generic-medications");
    assertThat(a.warnings())
        .extracting(Reject::rule, r -> r.origin().line())
        .containsExactlyInAnyOrder(
            tuple(RejectRule.DUPLICATE_CONFLICTING, 2L), tuple(RejectRule.DUPLICATE_IDENTICAL, 3L));
    assertThat(a.subject()).isNotNull();
  }

  @Test
  void medicationsDoNotChooseTheAxisButShareTheSubjectsRejection() {
    // A partial date next to study-day records is no mixed axis: it is kept as written.
    SubjectAssembly kept =
        assemble(
            file(
                SourceFormat.GENERIC_INFUSIONS,
                "infusions.csv",
                0,
                "study_id,subject_id,dose_mg_per_kg,study_day\nK1,P1,0.5,1\n"),
            file(
                SourceFormat.GENERIC_MEDICATIONS,
                "medications.csv",
                1,
                H + "K1,P1,lorazepam,2023-11,,,Y,\nK1,P1,lorazepam,,-3,,N,\n"));
    assertThat(kept.rejects()).isEmpty();
    assertThat(kept.medications())
        .extracting(Medication::startDate, Medication::startDay)
        .containsExactly(tuple(null, -3), tuple("2023-11", null));

    SubjectAssembly mixed =
        assemble(
            file(
                SourceFormat.GENERIC_INFUSIONS,
                "infusions.csv",
                0,
                "study_id,subject_id,dose_mg_per_kg,infusion_date,study_day\n"
                    + "K1,P1,0.5,2024-01-03,\nK1,P1,0.5,,5\n"),
            file(
                SourceFormat.GENERIC_MEDICATIONS,
                "medications.csv",
                1,
                H + "K1,P1,lorazepam,2024-01-02,,,Y,\n"));
    assertThat(mixed.medications()).isEmpty();
    assertThat(mixed.rejects())
        .extracting(Reject::rule, r -> r.origin().file())
        .contains(tuple(RejectRule.MIXED_TIME_AXIS, "file:/in/medications.csv"));
  }
}
