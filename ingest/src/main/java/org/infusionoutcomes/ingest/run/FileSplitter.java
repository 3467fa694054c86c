package org.infusionoutcomes.ingest.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.infusionoutcomes.ingest.csv.CsvRecordReader;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.FilePart;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * Plans how a large line-based input file is read by several tasks: one fast sequential pass over
 * its bytes (no parsing) that computes the file's SHA-256 and finds split points, each at the start
 * of a record, every {@code partBytes} or so, with the physical line number there.
 *
 * <p>Lines are counted exactly as the readers count them ({@link java.io.BufferedReader}: {@code
 * \n}, {@code \r\n} and a lone {@code \r} each end a line, also inside quotes), so a record read by
 * a part keeps the line number it has when the file is read whole. UTF-8 never uses the bytes of
 * {@code \n}, {@code \r} or {@code "} inside a multi-byte character, so splitting after a {@code
 * \n} decodes every part exactly as the whole file.
 *
 * <p>CSV and TSV (the generic, SDTM-CSV, REDCap and mapped formats): a split point is a line break
 * where no quoted field is open, tracked the way {@link CsvRecordReader} tracks it (each {@code "}
 * toggles). That reader re-reads lines after a record whose quotes span lines but which is not one
 * valid record; where that could happen the file is not split: a record spanning lines that is not
 * plain RFC 4180 (quotes only around whole fields, {@code ""} inside them), a quote still open at
 * end of file, or a record of {@value CsvRecordReader#MAX_LINES_PER_RECORD} lines or more. Nor is
 * it when the first non-blank line holds no ASCII text (the reader's notion of a blank line then
 * depends on decoding), or when the header record is longer than {@link #MAX_HEADER_BYTES}. The
 * first part always holds the header and at least one non-blank line, so file-level refusals and
 * "empty file" are judged by the first part as by the whole file.
 *
 * <p>FHIR NDJSON ({@code .ndjson}): any line break is a split point. Every other format (XPT, FHIR
 * JSON documents) is read whole.
 */
public final class FileSplitter {
  /** System property: the size of a part in bytes; files larger than this are split. */
  public static final String PART_BYTES_PROPERTY = "outcomes.ingest.part.bytes";

  /** Default part size: 32 MiB. */
  public static final long DEFAULT_PART_BYTES = 32L << 20;

  /** A header record longer than this keeps the file whole (each part reads the header again). */
  public static final int MAX_HEADER_BYTES = 1 << 20;

  private FileSplitter() {}

  /** How a file can be split. */
  public enum Mode {
    /** Delimited text: split between records, outside quotes. */
    CSV,
    /** One JSON resource per line: split at any line break. */
    NDJSON,
    /** Read by one task. */
    WHOLE
  }

  /**
   * The plan for one file.
   *
   * @param sha256 hex SHA-256 of the file's bytes
   * @param bytes the file's size
   * @param parts the parts in file order; one part covering the file when it is read whole
   * @param wholeReason why a file that was scanned stays whole, or null
   */
  public record Split(String sha256, long bytes, List<FilePart> parts, String wholeReason)
      implements Serializable {
    public Split {
      parts = List.copyOf(parts);
    }

    public boolean isSplit() {
      return parts.size() > 1;
    }
  }

  /** The part size of this JVM: {@value #PART_BYTES_PROPERTY}, else {@link #DEFAULT_PART_BYTES}. */
  public static long partBytes() {
    String v = System.getProperty(PART_BYTES_PROPERTY);
    if (v == null || v.isBlank()) {
      return DEFAULT_PART_BYTES;
    }
    try {
      long n = Long.parseLong(v.trim());
      return n > 0 ? n : DEFAULT_PART_BYTES;
    } catch (NumberFormatException e) {
      return DEFAULT_PART_BYTES;
    }
  }

  /** How {@code file} can be split, by its format (and, for FHIR, its name). */
  public static Mode modeOf(SourceFile file) {
    return switch (file.format()) {
      case GENERIC_SCORES,
          GENERIC_INFUSIONS,
          GENERIC_SUBJECTS,
          GENERIC_VITALS,
          GENERIC_ADVERSE_EVENTS,
          GENERIC_MEDICATIONS,
          SDTM_CSV,
          REDCAP,
          MAPPED ->
          Mode.CSV;
      case FHIR ->
          file.path().toLowerCase(Locale.ROOT).endsWith(".ndjson") ? Mode.NDJSON : Mode.WHOLE;
      case SDTM_XPT -> Mode.WHOLE;
    };
  }

  /** Plans {@code file}, read from {@code in} (the whole file; not closed here). */
  public static Split plan(SourceFile file, InputStream in, long partBytes) throws IOException {
    return plan(in, modeOf(file), CsvSourceReader.delimiterOf(file.path()), partBytes);
  }

  /**
   * Plans a file of the given mode and delimiter, read from {@code in} (not closed here).
   *
   * @param partBytes the size of a part: a split point is the first record start at least this many
   *     bytes after the previous one
   */
  public static Split plan(InputStream in, Mode mode, char delimiter, long partBytes)
      throws IOException {
    Scan scan = new Scan(mode, (byte) delimiter, Math.max(1, partBytes));
    MessageDigest sha = sha256();
    byte[] buf = new byte[1 << 20];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      sha.update(buf, 0, n);
      scan.accept(buf, n);
    }
    scan.finish();
    return scan.result(HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The byte scanner: line count, quote state and split points. */
  private static final class Scan {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTED_QUOTE = 3;

    private final Mode mode;
    private final byte delimiter;
    private final long partBytes;

    private long offset;
    private long line = 1;
    private boolean previousCr;

    private boolean lineHasBytes;
    private boolean lineHasAscii;
    private boolean lineHasHigh;

    private boolean open;
    private int field = FIELD_START;
    private boolean irregular;
    private boolean inRecord;
    private int recordLines;

    private boolean boundary = true;
    private long headerEnd = -1;
    private String wholeReason;

    private final List<long[]> splits = new ArrayList<>();
    private long lastSplit;

    Scan(Mode mode, byte delimiter, long partBytes) {
      this.mode = mode;
      this.delimiter = delimiter;
      this.partBytes = partBytes;
      if (mode == Mode.WHOLE) {
        wholeReason = "the format is not read line by line";
      }
    }

    void accept(byte[] buf, int n) {
      if (wholeReason != null) {
        offset += n;
        return;
      }
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        long after = offset + i + 1;
        if (b == '\n') {
          if (previousCr) {
            previousCr = false;
          } else {
            lineEnd(after);
          }
          maybeSplit(after);
          continue;
        }
        previousCr = false;
        if (b == '\r') {
          lineEnd(after);
          previousCr = true;
          continue;
        }
        lineHasBytes = true;
        if (b < 0) {
          lineHasHigh = true;
        } else if (!isAsciiWhitespace(b)) {
          lineHasAscii = true;
        }
        if (mode == Mode.CSV) {
          csvByte(b);
        }
      }
      offset += n;
    }

    /** Character.isWhitespace for the ASCII range (what String.isBlank skips). */
    private static boolean isAsciiWhitespace(byte b) {
      return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    private void csvByte(byte b) {
      if (b == '"') {
        open = !open;
      }
      switch (field) {
        case FIELD_START -> {
          if (b == '"') {
            field = QUOTED;
          } else if (b != delimiter) {
            field = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (b == '"') {
            irregular = true;
          } else if (b == delimiter) {
            field = FIELD_START;
          }
        }
        case QUOTED -> {
          if (b == '"') {
            field = QUOTED_QUOTE;
          }
        }
        default -> {
          if (b == '"') {
            field = QUOTED;
          } else if (b == delimiter) {
            field = FIELD_START;
          } else {
            irregular = true;
            field = UNQUOTED;
          }
        }
      }
    }

    private void lineEnd(long after) {
      if (wholeReason == null) {
        if (mode == Mode.CSV) {
          csvLineEnd(after);
        } else {
          boundary = true;
          if (headerEnd < 0 && lineHasAscii) {
            headerEnd = after;
          }
        }
      }
      line++;
      lineHasBytes = false;
      lineHasAscii = false;
      lineHasHigh = false;
    }

    private void csvLineEnd(long after) {
      if (!inRecord) {
        if (!lineHasAscii && !lineHasHigh) {
          // A blank line between records: the reader skips it.
          field = FIELD_START;
          boundary = true;
          return;
        }
        if (headerEnd < 0 && !lineHasAscii) {
          wholeReason = "the first non-blank line holds no ASCII text";
          return;
        }
        inRecord = true;
        recordLines = 0;
      }
      recordLines++;
      if (recordLines >= CsvRecordReader.MAX_LINES_PER_RECORD) {
        wholeReason = "a record spans " + recordLines + " lines";
        return;
      }
      if (open) {
        // The line break is inside a quoted field: the record goes on.
        if (field != QUOTED) {
          irregular = true;
        }
        boundary = false;
        return;
      }
      if (field == QUOTED) {
        irregular = true;
      }
      if (recordLines > 1 && irregular) {
        wholeReason = "a record spanning lines is not plain RFC 4180 quoting";
        return;
      }
      inRecord = false;
      irregular = false;
      field = FIELD_START;
      boundary = true;
      if (headerEnd < 0) {
        headerEnd = after;
        if (headerEnd > MAX_HEADER_BYTES) {
          wholeReason = "the header record is longer than " + MAX_HEADER_BYTES + " bytes";
        }
      }
    }

    private void maybeSplit(long after) {
      if (wholeReason == null
          && boundary
          && headerEnd >= 0
          && after >= headerEnd
          && after - lastSplit >= partBytes) {
        splits.add(new long[] {after, line});
        lastSplit = after;
      }
    }

    void finish() {
      if (wholeReason == null && lineHasBytes) {
        lineEnd(offset);
      }
      if (wholeReason == null && mode == Mode.CSV && inRecord) {
        wholeReason = "a quoted field is still open at end of file";
      }
      // A split at the very end would leave an empty last part.
      splits.removeIf(s -> s[0] >= offset);
    }

    Split result(String sha256) {
      List<FilePart> parts = new ArrayList<>();
      if (wholeReason != null || splits.isEmpty()) {
        parts.add(new FilePart(0, 1, 0, offset, 1, Math.max(0, headerEnd)));
        return new Split(sha256, offset, parts, wholeReason);
      }
      int count = splits.size() + 1;
      long start = 0;
      long firstLine = 1;
      for (int i = 0; i < count; i++) {
        long end = i < splits.size() ? splits.get(i)[0] : offset;
        parts.add(new FilePart(i, count, start, end, firstLine, headerEnd));
        if (i < splits.size()) {
          start = splits.get(i)[0];
          firstLine = splits.get(i)[1];
        }
      }
      return new Split(sha256, offset, parts, null);
    }
  }
}
