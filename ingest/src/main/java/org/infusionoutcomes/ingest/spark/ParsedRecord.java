package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceRecord;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * One output of the read stage; exactly one of the payloads is set, as {@code kind} says. Keeping
 * all kinds in one dataset lets every file be read exactly once.
 */
public record ParsedRecord(
    String kind,
    String studyId,
    String subjectId,
    ScoreObservation score,
    InfusionObservation infusion,
    SubjectObservation subject,
    Reject reject,
    FileStat file,
    VitalObservation vital,
    AdverseEventObservation adverseEvent,
    PartStat part,
    MedicationObservation medication)
    implements java.io.Serializable {

  public static final String SCORE = "score";
  public static final String INFUSION = "infusion";
  public static final String SUBJECT = "subject";
  public static final String REJECT = "reject";
  public static final String FILE = "file";
  public static final String PART = "part";
  public static final String VITAL = "vital";
  public static final String ADVERSE_EVENT = "adverse_event";
  public static final String MEDICATION = "medication";

  /**
   * The kinds whose payload belongs to one subject's assembly (each is also its payload's column in
   * the record's row).
   */
  static final java.util.List<String> SUBJECT_KINDS =
      java.util.List.of(SCORE, INFUSION, SUBJECT, VITAL, ADVERSE_EVENT, MEDICATION);

  /**
   * An entry of the cache of parsed inputs that could not be read ({@code part} names the file):
   * the file is parsed again instead.
   */
  public static final String CACHE_MISS = "cache_miss";

  /** The record of a reader, wrapped by its kind. */
  static ParsedRecord of(SourceRecord r) {
    String study = r.studyId();
    String subj = r.subjectId();
    if (r instanceof ScoreObservation o) {
      return new ParsedRecord(
          SCORE, study, subj, o, null, null, null, null, null, null, null, null);
    }
    if (r instanceof InfusionObservation o) {
      return new ParsedRecord(
          INFUSION, study, subj, null, o, null, null, null, null, null, null, null);
    }
    if (r instanceof SubjectObservation o) {
      return new ParsedRecord(
          SUBJECT, study, subj, null, null, o, null, null, null, null, null, null);
    }
    if (r instanceof Reject o) {
      return new ParsedRecord(
          REJECT, study, subj, null, null, null, o, null, null, null, null, null);
    }
    if (r instanceof VitalObservation o) {
      return new ParsedRecord(
          VITAL, study, subj, null, null, null, null, null, o, null, null, null);
    }
    if (r instanceof AdverseEventObservation o) {
      return new ParsedRecord(
          ADVERSE_EVENT, study, subj, null, null, null, null, null, null, o, null, null);
    }
    if (r instanceof MedicationObservation o) {
      return new ParsedRecord(
          MEDICATION, study, subj, null, null, null, null, null, null, null, null, o);
    }
    throw new IllegalArgumentException("unknown record kind " + r.getClass().getName());
  }

  /** The reader's record this wraps, or null for a file or part statistic or a cache miss. */
  SourceRecord record() {
    if (score != null) {
      return score;
    }
    if (infusion != null) {
      return infusion;
    }
    if (subject != null) {
      return subject;
    }
    if (reject != null) {
      return reject;
    }
    if (vital != null) {
      return vital;
    }
    if (adverseEvent != null) {
      return adverseEvent;
    }
    return medication;
  }

  static ParsedRecord of(PartStat p) {
    return new ParsedRecord(PART, null, null, null, null, null, null, null, null, null, p, null);
  }

  /** The input-order position of the file this record came from. */
  int fileOrder() {
    if (file != null) {
      return file.fileOrder();
    }
    if (part != null) {
      return part.fileOrder();
    }
    return record().origin().fileOrder();
  }

  /** The marker of a cache entry (part) that could not be read; see {@link #CACHE_MISS}. */
  static ParsedRecord cacheMiss(int fileOrder, int part) {
    return new ParsedRecord(
        CACHE_MISS,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new PartStat(fileOrder, part, 0, true),
        null);
  }

  /**
   * The same record as if its file were at position {@code order} of the input order: every origin
   * and file statistic is renumbered, nothing else changes. Parsed records kept from an earlier run
   * are renumbered to this run's order, which moves when files are added or removed.
   */
  ParsedRecord withFileOrder(int order) {
    if (fileOrder() == order) {
      return this;
    }
    return new ParsedRecord(
        kind,
        studyId,
        subjectId,
        RecordCopy.replacing(score, Origin.class, o -> o.withFileOrder(order)),
        RecordCopy.replacing(infusion, Origin.class, o -> o.withFileOrder(order)),
        RecordCopy.replacing(subject, Origin.class, o -> o.withFileOrder(order)),
        RecordCopy.replacing(reject, Origin.class, o -> o.withFileOrder(order)),
        file == null
            ? null
            : new FileStat(order, file.file(), file.recordsRead(), file.sha256(), file.bytes()),
        RecordCopy.replacing(vital, Origin.class, o -> o.withFileOrder(order)),
        RecordCopy.replacing(adverseEvent, Origin.class, o -> o.withFileOrder(order)),
        part == null
            ? null
            : new PartStat(order, part.part(), part.recordsRead(), part.unreadable()),
        RecordCopy.replacing(medication, Origin.class, o -> o.withFileOrder(order)));
  }

  static ParsedRecord of(FileStat f) {
    return new ParsedRecord(FILE, null, null, null, null, null, null, f, null, null, null, null);
  }
}
