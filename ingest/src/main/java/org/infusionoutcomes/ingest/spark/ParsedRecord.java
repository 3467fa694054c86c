package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.run.FileStat;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
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
   * An entry of the cache of parsed inputs that could not be read ({@code part} names the file):
   * the file is parsed again instead.
   */
  public static final String CACHE_MISS = "cache_miss";

  /** True for the payloads that belong to one subject's assembly. */
  boolean isSubjectRecord() {
    return score != null
        || infusion != null
        || subject != null
        || vital != null
        || adverseEvent != null
        || medication != null;
  }

  static ParsedRecord of(ScoreObservation o) {
    return new ParsedRecord(
        SCORE, o.studyId(), o.subjectId(), o, null, null, null, null, null, null, null, null);
  }

  static ParsedRecord of(InfusionObservation o) {
    return new ParsedRecord(
        INFUSION, o.studyId(), o.subjectId(), null, o, null, null, null, null, null, null, null);
  }

  static ParsedRecord of(SubjectObservation o) {
    return new ParsedRecord(
        SUBJECT, o.studyId(), o.subjectId(), null, null, o, null, null, null, null, null, null);
  }

  static ParsedRecord of(Reject r) {
    return new ParsedRecord(
        REJECT, r.studyId(), r.subjectId(), null, null, null, r, null, null, null, null, null);
  }

  static ParsedRecord of(VitalObservation o) {
    return new ParsedRecord(
        VITAL, o.studyId(), o.subjectId(), null, null, null, null, null, o, null, null, null);
  }

  static ParsedRecord of(AdverseEventObservation o) {
    return new ParsedRecord(
        ADVERSE_EVENT,
        o.studyId(),
        o.subjectId(),
        null,
        null,
        null,
        null,
        null,
        null,
        o,
        null,
        null);
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
    if (reject != null) {
      return reject.origin().fileOrder();
    }
    if (score != null) {
      return score.origin().fileOrder();
    }
    if (infusion != null) {
      return infusion.origin().fileOrder();
    }
    if (subject != null) {
      return subject.origin().fileOrder();
    }
    if (vital != null) {
      return vital.origin().fileOrder();
    }
    if (adverseEvent != null) {
      return adverseEvent.origin().fileOrder();
    }
    return medication.origin().fileOrder();
  }

  static ParsedRecord of(MedicationObservation o) {
    return new ParsedRecord(
        MEDICATION, o.studyId(), o.subjectId(), null, null, null, null, null, null, null, null, o);
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
