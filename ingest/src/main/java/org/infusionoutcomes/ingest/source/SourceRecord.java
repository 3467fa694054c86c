package org.infusionoutcomes.ingest.source;

/**
 * What a reader gives for one record of a file: an observation of a subject, or a reject. Every
 * kind names its study, subject (either may be null on a reject) and the place it was read from.
 */
public interface SourceRecord {
  /** The study, or null where the record could not name one. */
  String studyId();

  /** The subject, or null where the record could not name one. */
  String subjectId();

  /** Where the record was read. */
  Origin origin();
}
