package org.infusionoutcomes.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * Reads one input file of one format into observations and rejects. Readers are pure Java: they see
 * a stream, never Spark, so they are tested without a session. A reader never throws for bad data:
 * a bad record becomes a reject and reading goes on; a file that cannot be read at all gives one
 * file-level reject.
 */
public interface SourceReader {

  /**
   * Reads {@code in} (the content of {@code file}) and reports to {@code sink}.
   *
   * @return the number of input records read (CSV data rows, NDJSON lines, XPT observations); every
   *     one of them is either accepted or named by at least one reject
   * @throws IOException only when the stream itself fails
   */
  long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException;
}
