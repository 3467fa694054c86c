package org.infusionoutcomes.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.infusionoutcomes.ingest.privacy.DirectIdentifiers;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * The common frame of every delimited-text reader: header, direct-identifier refusal, required
 * columns, malformed records and field counts. A subclass sees only well-formed records of the
 * right width and turns each into observations, throwing {@link FieldProblem} for a bad value.
 */
public abstract class CsvSourceReader implements SourceReader {

  /** The field delimiter of a file: tab for {@code .tsv} / {@code .tab}, else comma. */
  public static char delimiterOf(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".tsv") || p.endsWith(".tab") ? '\t' : ',';
  }

  /** Columns that must be present; checked before any record is read. */
  protected abstract List<String> requiredColumns(CsvHeader header);

  /**
   * A problem with the header as a whole, beyond single required columns (for example "one of
   * assessment_date or study_day"); empty when the header is usable.
   */
  protected Optional<String> headerProblem(CsvHeader header) {
    return Optional.empty();
  }

  /** A header problem when none of {@code columns} is present (the time columns of a format). */
  protected static Optional<String> needsOneOf(CsvHeader header, String... columns) {
    for (String c : columns) {
      if (header.has(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "the header needs a time column: '"
            + String.join("' or '", columns)
            + "'; the file is not read");
  }

  /**
   * The reject that refuses the file for its {@link #headerProblem}: by default {@code reject}, a
   * {@code missing_required_column} of the file; a format may name the column or rule otherwise.
   */
  protected Reject headerProblemReject(Reject reject) {
    return reject;
  }

  /** Called once with the header before the first record. */
  protected void start(SourceFile file, CsvHeader header, ReadContext context) {}

  /**
   * Reads one well-formed record.
   *
   * @throws FieldProblem for a bad value; the record is rejected and reading goes on
   */
  protected abstract void readRecord(CsvRow row, ReadContext context, RecordSink sink);

  /** The study id to report with a reject of this record, when it can be read. */
  protected String studyIdOf(CsvHeader header, List<String> fields, SourceFile file) {
    String v = header.value(fields, "study_id");
    return v != null ? v : file.defaultStudyId();
  }

  /** The subject id to report with a reject of this record, when it can be read. */
  protected String subjectIdOf(CsvHeader header, List<String> fields) {
    return header.value(fields, "subject_id");
  }

  /**
   * Whether the columns of this file may hold a direct-identifier value (an SDTM {@code BRTHDTC}
   * with a full date): a record that cannot be split into the columns cannot be checked, so its
   * text is then withheld from the reject.
   */
  protected boolean mayHoldIdentifierValues(CsvHeader header) {
    return false;
  }

  /** Text cells that mean "missing" in this format besides the empty cell (e.g. {@code NA}). */
  protected boolean isMissingToken(String value) {
    return false;
  }

  /**
   * {@inheritDoc}
   *
   * <p>When {@code in} is a {@link FilePartInput} after the first part, the header is read from the
   * part's header bytes and the records from the part, numbered from its first line: the same
   * header checks run, so a part refuses exactly what the whole file would.
   */
  @Override
  public final long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException {
    char delimiter = delimiterOf(file.path());
    if (in instanceof FilePartInput part && !part.part().isFirst()) {
      try (CsvRecordReader header =
              new CsvRecordReader(new ByteArrayInputStream(part.header()), delimiter);
          CsvRecordReader body = new CsvRecordReader(part, delimiter, part.firstLine())) {
        return read(file, header, body, context, sink);
      }
    }
    try (CsvRecordReader reader = new CsvRecordReader(in, delimiter)) {
      return read(file, reader, reader, context, sink);
    }
  }

  private long read(
      SourceFile file,
      CsvRecordReader headerReader,
      CsvRecordReader reader,
      ReadContext context,
      RecordSink sink) {
    CsvRecord head = headerReader.next();
    if (head == null) {
      sink.reject(
          fileReject(
              file,
              0,
              null,
              null,
              RejectRule.EMPTY_FILE,
              "the file is empty: no header and no records"));
      return 0;
    }
    if (head.isMalformed()) {
      // The file cannot be read at all, so this is a file-level refusal, not a record reject.
      sink.reject(
          headerReject(
              file,
              head,
              null,
              RejectRule.UNREADABLE_FILE,
              "the header is not valid CSV: " + head.problem()));
      return 0;
    }
    CsvHeader header = new CsvHeader(head.fields());
    Optional<Reject> refusal = headerRefusal(file, head, header);
    if (refusal.isPresent()) {
      sink.reject(refusal.get());
      return 0;
    }
    start(file, header, context);
    boolean withholdUnsplit = mayHoldIdentifierValues(header);

    long read = 0;
    for (CsvRecord rec = reader.next(); rec != null; rec = reader.next()) {
      read++;
      Origin origin = file.origin(rec.line(), rec.raw());
      Origin unsplitOrigin = withholdUnsplit ? origin.withoutRawRecord() : origin;
      if (rec.isMalformed()) {
        sink.reject(
            new Reject(unsplitOrigin, null, RejectRule.MALFORMED_CSV, rec.problem(), null, null));
        continue;
      }
      List<String> fields =
          isMissingTokenRecord(rec.fields())
              ? rec.fields().stream().map(f -> isMissingToken(f.trim()) ? "" : f).toList()
              : rec.fields();
      if (fields.size() != header.size()) {
        sink.reject(
            new Reject(
                unsplitOrigin,
                null,
                RejectRule.WRONG_FIELD_COUNT,
                IngestErrors.wrongFieldCount(fields.size(), header.size()),
                safe(() -> studyIdOf(header, fields, file)),
                safe(() -> subjectIdOf(header, fields))));
        continue;
      }
      try {
        readRecord(new CsvRow(header, fields, origin, file), context, sink);
      } catch (FieldProblem p) {
        sink.reject(
            p.toReject(
                origin,
                safe(() -> studyIdOf(header, fields, file)),
                safe(() -> subjectIdOf(header, fields))));
      }
    }
    return read;
  }

  private boolean isMissingTokenRecord(List<String> fields) {
    for (String f : fields) {
      if (isMissingToken(f.trim())) {
        return true;
      }
    }
    return false;
  }

  private static String safe(java.util.function.Supplier<String> s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A reject of the file as a whole (line 0 when there is no line to point at). */
  protected static Reject fileReject(
      SourceFile file, long line, String raw, String column, RejectRule rule, String reason) {
    return new Reject(file.origin(line, raw), column, rule, reason, file.defaultStudyId(), null);
  }

  /**
   * Why the file is refused for its header as a whole: a direct-identifier column, a missing
   * required column or a {@link #headerProblem}; empty when its records can be read.
   */
  private Optional<Reject> headerRefusal(SourceFile file, CsvRecord head, CsvHeader header) {
    Optional<Integer> identifier = DirectIdentifiers.firstIdentifier(header.names());
    if (identifier.isPresent()) {
      String column = header.nameAt(identifier.get());
      return Optional.of(
          headerReject(
              file,
              head,
              column,
              RejectRule.DIRECT_IDENTIFIER,
              "column "
                  + (identifier.get() + 1)
                  + " '"
                  + column
                  + "' holds a direct identifier; inputs must be de-identified, so the whole file is refused - remove the column and run again"));
    }
    for (String required : requiredColumns(header)) {
      if (!header.has(required)) {
        return Optional.of(
            headerReject(
                file,
                head,
                required,
                RejectRule.MISSING_REQUIRED_COLUMN,
                "required column '"
                    + required
                    + "' is missing from the header; the file is not read"));
      }
    }
    Optional<String> problem = headerProblem(header);
    if (problem.isPresent()) {
      return Optional.of(
          headerProblemReject(
              headerReject(file, head, null, RejectRule.MISSING_REQUIRED_COLUMN, problem.get())));
    }
    return Optional.empty();
  }

  /** A reject of the file as a whole, pointing at its header line. */
  private static Reject headerReject(
      SourceFile file, CsvRecord head, String column, RejectRule rule, String reason) {
    return fileReject(file, head.line(), head.raw(), column, rule, reason);
  }

  /** The value of a column that must not be empty. */
  protected static String required(CsvHeader header, List<String> fields, String column) {
    String v = header.value(fields, column);
    if (v == null) {
      throw IngestErrors.requiredValueMissing(header.firstPresent(column).orElse(column), null);
    }
    return v;
  }

  /** The column name as written in the file (for messages). */
  protected static String columnName(CsvHeader header, String column) {
    return header.firstPresent(column).orElse(column);
  }
}
