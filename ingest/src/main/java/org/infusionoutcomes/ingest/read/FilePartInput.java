package org.infusionoutcomes.ingest.read;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * The input of a reader that reads one {@link FilePart} of a file rather than the whole file: the
 * part's bytes, where they start in the file and, for parts after the first, the bytes of the
 * file's header record. Only line-based readers (the CSV frame and FHIR NDJSON) are given parts;
 * they number lines from {@link #firstLine()} and take the header from {@link #header()}.
 */
public final class FilePartInput extends FilterInputStream {
  private final FilePart part;
  private final byte[] header;

  /**
   * @param in the part's bytes, {@code [part.start(), part.end())}
   * @param part the part
   * @param header the bytes {@code [0, part.headerEnd())} of the file; ignored for the first part
   */
  public FilePartInput(InputStream in, FilePart part, byte[] header) {
    super(in);
    this.part = part;
    this.header = header == null ? null : header.clone();
  }

  public FilePart part() {
    return part;
  }

  /** The physical line number of the part's first line in the whole file. */
  public long firstLine() {
    return part.firstLine();
  }

  /** The bytes of the file's header record (for parts after the first). */
  public byte[] header() {
    return header == null ? null : header.clone();
  }

  /** A reader failed on this part: the file is then read again as a whole. */
  public static final class UnreadablePart extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadablePart(RuntimeException cause) {
      super(cause);
    }
  }
}
