package org.infusionoutcomes.ingest.read;

import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SubjectObservation;

/** Receives what a {@link SourceReader} reads from one file. */
public interface RecordSink {
  void score(ScoreObservation observation);

  void infusion(InfusionObservation observation);

  void subject(SubjectObservation observation);

  /** A rejected record, or a record-level warning. */
  void reject(Reject reject);
}
