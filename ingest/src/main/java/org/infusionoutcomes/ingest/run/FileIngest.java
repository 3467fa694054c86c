package org.infusionoutcomes.ingest.run;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.ingest.format.SourceReaders;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceRecord;

/**
 * Reads one input file with the reader of its format: the one way both {@code run} (on an executor)
 * and {@code validate} (in the driver, without Spark) read a file, so they cannot disagree. A
 * reader failure on malformed content refuses the file as a whole instead of keeping half of it.
 *
 * <p>Every record of every format passes here, so this is where identifiers inside values are
 * caught ({@link IdentifierScreen}): a record with an e-mail address, a telephone or social
 * security number, or a labelled record number or date of birth in any column is replaced by one
 * {@code direct_identifier_value} reject without its text (its observations and other findings are
 * dropped), and a file-level message has such a value withheld.
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
    IdentifierScreen screen = IdentifierScreen.forFile(file);
    long read;
    try {
      read = SourceReaders.forFormat(file.format()).read(file, screen.wrap(in), context, buffer);
    } catch (RuntimeException e) {
      if (in instanceof FilePartInput) {
        // Whether the whole file is refused is decided by reading it whole (IngestJob).
        throw new FilePartInput.UnreadablePart(e);
      }
      sink.reject(
          IdentifierScreen.redacted(
              new Reject(
                  file.origin(0, null),
                  null,
                  RejectRule.UNREADABLE_FILE,
                  IngestErrors.unreadableFile(file.format().id(), e),
                  file.defaultStudyId(),
                  null)));
      return 0;
    }
    if (in instanceof FilePartInput part && !part.part().isFirst()) {
      // The header checks of every part refuse what the first part refuses; report them once.
      buffer.records.removeIf(Buffer.Entry::fileLevel);
    }
    buffer.replayTo(sink, screen);
    return read;
  }

  /** Holds a file's records until the reader has finished without failing. */
  private static final class Buffer implements RecordSink {
    private record Entry(long line, SourceRecord item, boolean fileLevel) {}

    private final List<Entry> records = new ArrayList<>();

    @Override
    public void accept(SourceRecord r) {
      Origin origin = r.origin();
      boolean fileLevel = r instanceof Reject reject && reject.rule().isFileLevel();
      records.add(new Entry(origin == null ? 0 : origin.line(), r, fileLevel));
    }

    /**
     * Replays the records; a record (all entries of its line) holding an identifier becomes one
     * identifier reject, in the place of its first entry.
     */
    void replayTo(RecordSink sink, IdentifierScreen screen) {
      Map<Long, Reject> refused = new HashMap<>();
      for (Entry e : records) {
        if (e.line() > 0 && !refused.containsKey(e.line())) {
          screen.check(e.item()).ifPresent(r -> refused.put(e.line(), r));
        }
      }
      Set<Long> emitted = new HashSet<>();
      for (Entry e : records) {
        Reject identifier = e.line() > 0 ? refused.get(e.line()) : null;
        if (identifier != null) {
          if (emitted.add(e.line())) {
            sink.reject(identifier);
          }
        } else if (e.line() <= 0 && e.item() instanceof Reject r) {
          sink.reject(IdentifierScreen.redacted(r));
        } else {
          sink.accept(e.item());
        }
      }
    }
  }
}
