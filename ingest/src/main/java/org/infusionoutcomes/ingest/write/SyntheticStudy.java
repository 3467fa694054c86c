package org.infusionoutcomes.ingest.write;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;

/**
 * A synthetic study held as canonical rows, so every {@link StudyWriter} can write the same study
 * in its own format and tests can check that reading it back gives the same tables.
 *
 * @param studyId study id
 * @param subjects subjects
 * @param assessments assessments (items and totals as the generator made them)
 * @param infusions infusions
 */
public record SyntheticStudy(
    String studyId,
    List<Subject> subjects,
    List<Assessment> assessments,
    List<Infusion> infusions) {
  public SyntheticStudy {
    subjects = List.copyOf(subjects);
    assessments = List.copyOf(assessments);
    infusions = List.copyOf(infusions);
  }

  /** The same study with no subject reference dates (for formats that cannot carry them). */
  public SyntheticStudy withoutReferenceDates() {
    return new SyntheticStudy(
        studyId,
        subjects.stream()
            .map(
                s ->
                    new Subject(
                        s.studyId(),
                        s.subjectId(),
                        s.siteId(),
                        s.sex(),
                        s.age(),
                        s.arm(),
                        null,
                        s.timeAxis()))
            .toList(),
        assessments,
        infusions);
  }
}
