package org.infusionoutcomes.ingest.run;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.infusionoutcomes.ingest.format.SourceReaders;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * Reads one input file with the reader of its format: the one way both {@code run} (on an executor)
 * and {@code validate} (in the driver, without Spark) read a file, so they cannot disagree. A
 * reader failure on malformed content refuses the file as a whole instead of keeping half of it.
 */
public final class FileIngest {
  private FileIngest() {}

  /**
   * Reads {@code file} from {@code in} into {@code sink}.
   *
   * @return records read (0 when the file was refused as unreadable)
   */
  public static long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws java.io.IOException {
    Buffer buffer = new Buffer();
    long read;
    try {
      read = SourceReaders.forFormat(file.format()).read(file, in, context, buffer);
    } catch (RuntimeException e) {
      sink.reject(
          new Reject(
              file.origin(0, null),
              null,
              RejectRule.UNREADABLE_FILE,
              IngestErrors.unreadableFile(file.format().id(), e),
              file.defaultStudyId(),
              null));
      return 0;
    }
    buffer.replayTo(sink);
    return read;
  }

  /** Holds a file's records until the reader has finished without failing. */
  private static final class Buffer implements RecordSink {
    private final List<Consumer<RecordSink>> records = new ArrayList<>();

    @Override
    public void score(ScoreObservation o) {
      records.add(s -> s.score(o));
    }

    @Override
    public void infusion(InfusionObservation o) {
      records.add(s -> s.infusion(o));
    }

    @Override
    public void subject(SubjectObservation o) {
      records.add(s -> s.subject(o));
    }

    @Override
    public void vital(VitalObservation o) {
      records.add(s -> s.vital(o));
    }

    @Override
    public void adverseEvent(AdverseEventObservation o) {
      records.add(s -> s.adverseEvent(o));
    }

    @Override
    public void medication(MedicationObservation o) {
      records.add(s -> s.medication(o));
    }

    @Override
    public void reject(Reject r) {
      records.add(s -> s.reject(r));
    }

    void replayTo(RecordSink sink) {
      records.forEach(r -> r.accept(sink));
    }
  }
}
