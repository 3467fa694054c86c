package org.infusionoutcomes.ingest.write;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;

/**
 * A synthetic study held as canonical rows, so every {@link StudyWriter} can write the same study
 * in its own format and tests can check that reading it back gives the same tables.
 *
 * @param studyId study id
 * @param subjects subjects
 * @param assessments assessments (items and totals as the generator made them)
 * @param infusions infusions
 * @param vitalSigns vital-sign readings around the infusions
 * @param adverseEvents adverse events
 * @param sessionRatings ratings placed relative to an infusion (CADSS with {@code
 *     minutes_from_start}); kept apart from {@code assessments} so that formats that cannot place a
 *     rating in a session can leave them out
 * @param medications concomitant and prior medications (start and end dates possibly partial)
 */
public record SyntheticStudy(
    String studyId,
    List<Subject> subjects,
    List<Assessment> assessments,
    List<Infusion> infusions,
    List<VitalSign> vitalSigns,
    List<AdverseEvent> adverseEvents,
    List<Assessment> sessionRatings,
    List<Medication> medications) {
  public SyntheticStudy {
    subjects = List.copyOf(subjects);
    assessments = List.copyOf(assessments);
    infusions = List.copyOf(infusions);
    vitalSigns = List.copyOf(vitalSigns);
    adverseEvents = List.copyOf(adverseEvents);
    sessionRatings = List.copyOf(sessionRatings);
    medications = List.copyOf(medications);
  }

  /** The same study with these medications. */
  public SyntheticStudy withMedications(List<Medication> meds) {
    return new SyntheticStudy(
        studyId, subjects, assessments, infusions, vitalSigns, adverseEvents, sessionRatings, meds);
  }

  /** A study without safety data. */
  public SyntheticStudy(
      String studyId,
      List<Subject> subjects,
      List<Assessment> assessments,
      List<Infusion> infusions) {
    this(studyId, subjects, assessments, infusions, List.of(), List.of(), List.of(), List.of());
  }

  /** The same study with no subject reference dates (for formats that cannot carry them). */
  public SyntheticStudy withoutReferenceDates() {
    return new SyntheticStudy(
        studyId,
        subjects.stream().map(s -> s.withReferenceDate(null)).toList(),
        assessments,
        infusions,
        vitalSigns,
        adverseEvents,
        sessionRatings,
        medications);
  }
}
