package org.infusionoutcomes.ingest.run;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.infusionoutcomes.ingest.format.SourceReaders;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;

/**
 * Reads one input file with the reader of its format: the one way both {@code run} (on an executor)
 * and {@code validate} (in the driver, without Spark) read a file, so they cannot disagree. A
 * reader failure on malformed content refuses the file as a whole instead of keeping half of it.
 *
 * <p>A {@link FilePartInput} is one part of a large file read by its own task: file-level refusals
 * are then reported by the first part only, and a reader failure is thrown as {@link
 * FilePartInput.UnreadablePart} so that the caller reads the whole file again.
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
      if (in instanceof FilePartInput) {
        // Whether the whole file is refused is decided by reading it whole (IngestJob).
        throw new FilePartInput.UnreadablePart(e);
      }
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
    if (in instanceof FilePartInput part && !part.part().isFirst()) {
      // The header checks of every part refuse what the first part refuses; report them once.
      buffer.records.removeIf(r -> r.fileLevel);
    }
    buffer.replayTo(sink);
    return read;
  }

  /** Holds a file's records until the reader has finished without failing. */
  private static final class Buffer implements RecordSink {
    private final List<Held> records = new ArrayList<>();

    private record Held(Consumer<RecordSink> replay, boolean fileLevel) {}

    @Override
    public void score(ScoreObservation o) {
      records.add(new Held(s -> s.score(o), false));
    }

    @Override
    public void infusion(InfusionObservation o) {
      records.add(new Held(s -> s.infusion(o), false));
    }

    @Override
    public void subject(SubjectObservation o) {
      records.add(new Held(s -> s.subject(o), false));
    }

    @Override
    public void vital(VitalObservation o) {
      records.add(new Held(s -> s.vital(o), false));
    }

    @Override
    public void adverseEvent(AdverseEventObservation o) {
      records.add(new Held(s -> s.adverseEvent(o), false));
    }

    @Override
    public void reject(Reject r) {
      records.add(new Held(s -> s.reject(r), r.rule().isFileLevel()));
    }

    void replayTo(RecordSink sink) {
      records.forEach(r -> r.replay().accept(sink));
    }
  }
}
