package org.infusionoutcomes.ingest.read;

import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceRecord;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * Receives what a {@link SourceReader} reads from one file. A sink implements {@link #accept};
 * readers call the method named for what they read, which hands the record on to {@link #accept}.
 */
@FunctionalInterface
public interface RecordSink {
  /** Every record, of whatever kind, in the order the reader gives them. */
  void accept(SourceRecord record);

  default void score(ScoreObservation observation) {
    accept(observation);
  }

  default void infusion(InfusionObservation observation) {
    accept(observation);
  }

  default void subject(SubjectObservation observation) {
    accept(observation);
  }

  /** A vital-sign reading, already in its test's canonical unit. */
  default void vital(VitalObservation observation) {
    accept(observation);
  }

  /** An adverse event. */
  default void adverseEvent(AdverseEventObservation observation) {
    accept(observation);
  }

  /** A medication record (concomitant or prior medication). */
  default void medication(MedicationObservation observation) {
    accept(observation);
  }

  /** A rejected record, or a record-level warning. */
  default void reject(Reject reject) {
    accept(reject);
  }
}
