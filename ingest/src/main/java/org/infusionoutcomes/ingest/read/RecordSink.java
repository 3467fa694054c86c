package org.infusionoutcomes.ingest.read;

import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/** Receives what a {@link SourceReader} reads from one file. */
public interface RecordSink {
  void score(ScoreObservation observation);

  void infusion(InfusionObservation observation);

  void subject(SubjectObservation observation);

  /** A vital-sign reading, already in its test's canonical unit. */
  void vital(VitalObservation observation);

  /** An adverse event. */
  void adverseEvent(AdverseEventObservation observation);

  /** A medication record (concomitant or prior medication). */
  void medication(MedicationObservation observation);

  /** A rejected record, or a record-level warning. */
  void reject(Reject reject);
}
