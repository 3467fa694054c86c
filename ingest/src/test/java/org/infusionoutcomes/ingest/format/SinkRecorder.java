package org.infusionoutcomes.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SourceRecord;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * Keeps everything a reader reports, in order, for assertions; {@link #read} runs one reader over
 * an in-memory file. Shared by the reader and format tests.
 */
public final class SinkRecorder implements RecordSink {
  /** The study id a file without a study column falls back to in these tests. */
  public static final String DEFAULT_STUDY = "FOLDER";

  private final List<ScoreObservation> scores = new ArrayList<>();
  private final List<InfusionObservation> infusions = new ArrayList<>();
  private final List<SubjectObservation> subjects = new ArrayList<>();
  private final List<VitalObservation> vitals = new ArrayList<>();
  private final List<AdverseEventObservation> adverseEvents = new ArrayList<>();
  private final List<MedicationObservation> medications = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private long recordsRead;

  /** Reads {@code text} (UTF-8) as the file {@code name} of {@code format}. */
  public static SinkRecorder read(SourceFormat format, String name, String text) {
    return read(format, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads {@code bytes} as the file {@code name} of {@code format}. */
  public static SinkRecorder read(SourceFormat format, String name, byte[] bytes) {
    return read(SourceReaders.forFormat(format), file(format, name, 0), bytes);
  }

  /** Reads {@code bytes} with {@code reader} as {@code file}. */
  public static SinkRecorder read(SourceReader reader, SourceFile file, byte[] bytes) {
    SinkRecorder sink = new SinkRecorder();
    try {
      sink.recordsRead =
          reader.read(
              file,
              new ByteArrayInputStream(bytes),
              new ReadContext(ScaleRegistry.shipped()),
              sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  /** A source file named {@code name} at position {@code order} of the run. */
  public static SourceFile file(SourceFormat format, String name, int order) {
    return new SourceFile("file:/in/" + name, name, order, format, DEFAULT_STUDY, null);
  }

  @Override
  public void accept(SourceRecord r) {
    if (r instanceof ScoreObservation o) {
      score(o);
    } else if (r instanceof InfusionObservation o) {
      infusion(o);
    } else if (r instanceof SubjectObservation o) {
      subject(o);
    } else if (r instanceof VitalObservation o) {
      vital(o);
    } else if (r instanceof AdverseEventObservation o) {
      adverseEvent(o);
    } else if (r instanceof MedicationObservation o) {
      medication(o);
    } else {
      reject((Reject) r);
    }
  }

  @Override
  public void score(ScoreObservation observation) {
    scores.add(observation);
  }

  @Override
  public void infusion(InfusionObservation observation) {
    infusions.add(observation);
  }

  @Override
  public void subject(SubjectObservation observation) {
    subjects.add(observation);
  }

  @Override
  public void vital(VitalObservation observation) {
    vitals.add(observation);
  }

  @Override
  public void adverseEvent(AdverseEventObservation observation) {
    adverseEvents.add(observation);
  }

  @Override
  public void medication(MedicationObservation observation) {
    medications.add(observation);
  }

  public List<MedicationObservation> medications() {
    return medications;
  }

  public List<VitalObservation> vitals() {
    return vitals;
  }

  public List<AdverseEventObservation> adverseEvents() {
    return adverseEvents;
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  public List<ScoreObservation> scores() {
    return scores;
  }

  public List<InfusionObservation> infusions() {
    return infusions;
  }

  public List<SubjectObservation> subjects() {
    return subjects;
  }

  public List<Reject> rejects() {
    return rejects;
  }

  /** Rejects of one rule. */
  public List<Reject> rejects(RejectRule rule) {
    return rejects.stream().filter(r -> r.rule() == rule).toList();
  }

  /**
   * The (file, line) pairs named by rejects of records. Warnings keep their record, and a
   * file-level refusal names no record ({@code direct_identifier} refuses a file; {@code
   * direct_identifier_value} rejects one record).
   */
  public Set<String> rejectedRecords() {
    return rejects.stream()
        .filter(r -> !r.rule().isWarning() && !r.rule().isFileLevel() && r.origin().line() > 0)
        .map(r -> r.origin().file() + ":" + r.origin().line())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The (file, line) pairs that yielded an observation. */
  public Set<String> acceptedRecords() {
    return Stream.of(
            scores.stream().map(ScoreObservation::origin),
            infusions.stream().map(InfusionObservation::origin),
            subjects.stream().map(SubjectObservation::origin),
            vitals.stream().map(VitalObservation::origin),
            adverseEvents.stream().map(AdverseEventObservation::origin),
            medications.stream().map(MedicationObservation::origin))
        .flatMap(s -> s)
        .map(o -> o.file() + ":" + o.line())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The rule ids of the rejects, in order. */
  public List<String> rejectRules() {
    return rejects.stream().map(r -> r.rule().id()).toList();
  }

  /** The only reject; fails when there is not exactly one. */
  public Reject onlyReject() {
    if (rejects.size() != 1) {
      throw new AssertionError("expected exactly one reject, found " + rejects);
    }
    return rejects.get(0);
  }

  /** What the reader returned: the number of records read. */
  public long recordsRead() {
    return recordsRead;
  }
}
