package org.infusionoutcomes.ingest.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an RFC 4180 file record by record while keeping what Commons CSV alone does not: the
 * starting line and the exact raw text of each record, and recovery after a malformed record.
 *
 * <p>Record boundaries are found by tracking quote state across physical lines (a line break inside
 * quotes continues the record); each record's text is then split into fields by Commons CSV. A
 * quote left open at end of file, or closed by a later stray quote into text that is not one valid
 * record, makes only the line where it opened malformed: reading resumes on the next line, so one
 * bad quote does not swallow the rest of the file. Blank lines are skipped. Input is UTF-8; a
 * byte-order mark is dropped; undecodable bytes are replaced (U+FFFD).
 */
public final class CsvRecordReader implements Closeable {
  /** A quoted record longer than this many physical lines is treated as an unbalanced quote. */
  public static final int MAX_LINES_PER_RECORD = 10_000;

  private final BufferedReader in;
  private final CSVFormat format;
  private final char delimiter;

  /** Physical lines pushed back after a malformed multi-line record. */
  private final Deque<PhysicalLine> pushedBack = new ArrayDeque<>();

  private long nextLineNumber;
  private boolean firstLine;

  private record PhysicalLine(long number, String text) {}

  /** Reads {@code in} as UTF-8 with the given field delimiter (',' or '\t'). */
  public CsvRecordReader(InputStream in, char delimiter) {
    this(in, delimiter, 1);
  }

  /**
   * Reads {@code in}, a part of a file that starts at the beginning of physical line {@code
   * firstLineNumber}, so that records keep their line numbers in the whole file. A byte-order mark
   * is dropped only at the start of line 1.
   */
  public CsvRecordReader(InputStream in, char delimiter, long firstLineNumber) {
    this.nextLineNumber = firstLineNumber;
    this.firstLine = firstLineNumber == 1;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.in = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    this.delimiter = delimiter;
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
  }

  /**
   * The next non-blank record, or null at end of input.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public CsvRecord next() {
    PhysicalLine first;
    do {
      first = readLine();
      if (first == null) {
        return null;
      }
    } while (first.text().isBlank());

    StringBuilder raw = new StringBuilder(first.text());
    boolean open = opensQuote(first.text(), false);
    List<PhysicalLine> continuation = new ArrayList<>();
    while (open) {
      PhysicalLine more = readLine();
      if (more == null || continuation.size() >= MAX_LINES_PER_RECORD) {
        if (more != null) {
          continuation.add(more);
        }
        // Unbalanced quote: only the opening line is malformed; re-read the rest as new records.
        return unbalancedQuote(
            first,
            continuation,
            "unbalanced quote: a quoted field opened on this line is never closed");
      }
      continuation.add(more);
      raw.append('\n').append(more.text());
      open = opensQuote(more.text(), true);
    }
    CsvRecord record = split(first.number(), raw.toString());
    if (record.isMalformed() && !continuation.isEmpty()) {
      // A stray quote paired up with another one lines later: the lines between are records of
      // their own, so treat the opening quote as unbalanced and re-read the rest.
      return unbalancedQuote(
          first,
          continuation,
          "unbalanced quote: a quoted field opened on this line closes only on line "
              + continuation.get(continuation.size() - 1).number()
              + ", and the text between is not one valid record");
    }
    return record;
  }

  /**
   * The opening line of an unbalanced quote as a malformed record of its own; the lines read after
   * it are pushed back, to be read again as records.
   */
  private CsvRecord unbalancedQuote(
      PhysicalLine first, List<PhysicalLine> continuation, String problem) {
    for (int i = continuation.size() - 1; i >= 0; i--) {
      pushedBack.push(continuation.get(i));
    }
    return new CsvRecord(first.number(), first.text(), null, problem);
  }

  private CsvRecord split(long line, String raw) {
    if (!raw.isEmpty() && raw.indexOf('"') < 0) {
      // Without a quote the fields are the text between delimiters, exactly as Commons CSV splits
      // them (no escape, comment or trim is configured): most lines take this path.
      return new CsvRecord(line, raw, fields(raw, delimiter), null);
    }
    try (CSVParser parser = CSVParser.parse(raw, format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return new CsvRecord(line, raw, null, "the text does not form exactly one CSV record");
      }
      CSVRecord r = records.get(0);
      List<String> fields = new ArrayList<>(r.size());
      r.forEach(fields::add);
      return new CsvRecord(line, raw, fields, null);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new CsvRecord(line, raw, null, "not valid CSV: " + msg);
    }
  }

  /** The fields of a line holding no quote: the text between delimiters, empty fields kept. */
  static List<String> fields(String raw, char delimiter) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = raw.indexOf(delimiter); i >= 0; i = raw.indexOf(delimiter, start)) {
      fields.add(raw.substring(start, i));
      start = i + 1;
    }
    fields.add(raw.substring(start));
    return fields;
  }

  /**
   * Whether the quote state is open at the end of {@code text}, starting in state {@code open}. A
   * doubled quote inside a quoted field toggles twice, so it needs no special case.
   */
  private static boolean opensQuote(String text, boolean open) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        open = !open;
      }
    }
    return open;
  }

  private PhysicalLine readLine() {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    try {
      String text = in.readLine();
      if (text == null) {
        return null;
      }
      if (firstLine) {
        firstLine = false;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
      }
      return new PhysicalLine(nextLineNumber++, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
