package org.infusionoutcomes.ingest.assemble;

import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceRecord;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * One subject's observations from every file, gathered by kind in the order they arrive: what
 * {@link SubjectAssembler} assembles. Both {@code run} (grouped by Spark) and {@code validate}
 * (grouped in memory) gather them here.
 */
public final class SubjectObservations {
  private final String studyId;
  private final String subjectId;
  private final List<ScoreObservation> scores = new ArrayList<>();
  private final List<InfusionObservation> infusions = new ArrayList<>();
  private final List<SubjectObservation> demographics = new ArrayList<>();
  private final List<VitalObservation> vitals = new ArrayList<>();
  private final List<AdverseEventObservation> adverseEvents = new ArrayList<>();
  private final List<MedicationObservation> medications = new ArrayList<>();

  /** An empty set for one subject. */
  public SubjectObservations(String studyId, String subjectId) {
    this.studyId = studyId;
    this.subjectId = subjectId;
  }

  /**
   * Adds one observation of this subject.
   *
   * @throws IllegalArgumentException for a record that is not a subject's observation (a reject)
   */
  public void add(SourceRecord r) {
    if (r instanceof ScoreObservation o) {
      scores.add(o);
    } else if (r instanceof InfusionObservation o) {
      infusions.add(o);
    } else if (r instanceof SubjectObservation o) {
      demographics.add(o);
    } else if (r instanceof VitalObservation o) {
      vitals.add(o);
    } else if (r instanceof AdverseEventObservation o) {
      adverseEvents.add(o);
    } else if (r instanceof MedicationObservation o) {
      medications.add(o);
    } else {
      throw new IllegalArgumentException("not a subject observation: " + r.getClass().getName());
    }
  }

  /** Assembles the subject by {@code assembler}'s rules. */
  public SubjectAssembly assembleWith(SubjectAssembler assembler) {
    return assembler.assemble(
        studyId, subjectId, scores, infusions, demographics, vitals, adverseEvents, medications);
  }
}
