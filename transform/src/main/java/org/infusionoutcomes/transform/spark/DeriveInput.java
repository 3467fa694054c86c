package org.infusionoutcomes.transform.spark;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.transform.derive.factors.MedicationEntry;
import org.infusionoutcomes.transform.derive.factors.VitalReading;

/** One canonical row on its way to the per-subject derivation; exactly one payload is set. */
public record DeriveInput(
    String studyId,
    String subjectId,
    Assessment assessment,
    Infusion infusion,
    Subject subject,
    MedicationEntry medication,
    VitalReading vital)
    implements java.io.Serializable {

  static DeriveInput of(Assessment a) {
    return new DeriveInput(a.studyId(), a.subjectId(), a, null, null, null, null);
  }

  static DeriveInput of(Infusion i) {
    return new DeriveInput(i.studyId(), i.subjectId(), null, i, null, null, null);
  }

  static DeriveInput of(Subject s) {
    return new DeriveInput(s.studyId(), s.subjectId(), null, null, s, null, null);
  }

  static DeriveInput of(String studyId, String subjectId, MedicationEntry m) {
    return new DeriveInput(studyId, subjectId, null, null, null, m, null);
  }

  static DeriveInput of(String studyId, String subjectId, VitalReading v) {
    return new DeriveInput(studyId, subjectId, null, null, null, null, v);
  }
}
