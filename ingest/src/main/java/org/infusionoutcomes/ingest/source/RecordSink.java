package org.infusionoutcomes.ingest.source;

import org.infusionoutcomes.ingest.reject.Reject;

/** Receives what a {@link SourceReader} reads from one file. */
public interface RecordSink {
  void score(ScoreObservation observation);

  void infusion(InfusionObservation observation);

  void subject(SubjectObservation observation);

  /** A rejected record, or a record-level warning. */
  void reject(Reject reject);
}
