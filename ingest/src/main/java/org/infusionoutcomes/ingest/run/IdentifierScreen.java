package org.infusionoutcomes.ingest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.infusionoutcomes.ingest.csv.CsvRecord;
import org.infusionoutcomes.ingest.csv.CsvRecordReader;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.privacy.IdentifierValues;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.reflect.RecordShape;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;

/**
 * Finds direct identifiers inside the values of what a reader produced from one file (every format,
 * every column: the record's raw text, each text field of an observation, a reject's message), and
 * names the column they are in. {@link FileIngest} uses it to refuse such records as {@code
 * direct_identifier_value} without their text, so no reader has to check values itself.
 */
final class IdentifierScreen {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HEAD_BYTES = 64 * 1024;

  private final SourceFile file;
  private final HeadCapture head;
  private List<String> header;

  private IdentifierScreen(SourceFile file, HeadCapture head) {
    this.file = file;
    this.head = head;
  }

  /** A screen for {@code file}; read the file through {@link #wrap(InputStream)}. */
  static IdentifierScreen forFile(SourceFile file) {
    return new IdentifierScreen(file, isDelimited(file.format()) ? new HeadCapture() : null);
  }

  /** {@code in}, keeping its first bytes so a delimited file's header can name a column. */
  InputStream wrap(InputStream in) {
    if (head == null) {
      return in;
    }
    if (in instanceof FilePartInput part) {
      // A part of a large file: the readers must still see the part (its lines and header).
      if (!part.part().isFirst()) {
        head.capture(part.header());
        return in;
      }
      return new FilePartInput(head.attach(part), part.part(), part.header());
    }
    return head.attach(in);
  }

  private static boolean isDelimited(SourceFormat format) {
    return format != SourceFormat.FHIR && format != SourceFormat.SDTM_XPT;
  }

  /**
   * The {@code direct_identifier_value} reject that replaces every finding of the record that
   * {@code item} (an observation or a reject) belongs to, or empty when it holds no identifier.
   */
  Optional<Reject> check(Object item) {
    Origin origin;
    String column = null;
    String studyId;
    String subjectId;
    List<String> ownIds = new ArrayList<>();
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    if (item instanceof Reject r) {
      origin = r.origin();
      studyId = r.studyId();
      subjectId = r.subjectId();
      ownIds.add(studyId);
      ownIds.add(subjectId);
      texts.put(r.column(), r.reason());
    } else if (item instanceof Record rec) {
      origin = null;
      studyId = null;
      subjectId = null;
      RecordShape shape = RecordShape.of(rec.getClass());
      for (int i : SCREENED.get(rec.getClass())) {
        Object v = shape.get(rec, i);
        String name = shape.name(i);
        if (v instanceof Origin o) {
          origin = o;
        } else if (v instanceof String s) {
          switch (name) {
            case "studyId" -> studyId = s;
            case "subjectId" -> subjectId = s;
            case "siteId" -> ownIds.add(s);
            default -> {}
          }
          texts.put(name, s);
        }
      }
      ownIds.add(studyId);
      ownIds.add(subjectId);
    } else {
      return Optional.empty();
    }
    if (origin == null) {
      return Optional.empty();
    }
    Optional<IdentifierValues.Finding> found = Optional.empty();
    String raw = origin.rawRecord();
    if (raw != null) {
      found = IdentifierValues.find(raw, ownIds);
      if (found.isPresent()) {
        column = columnOf(raw, ownIds);
      }
    }
    if (found.isEmpty()) {
      for (Map.Entry<String, String> t : texts.entrySet()) {
        found = IdentifierValues.find(t.getValue(), ownIds);
        if (found.isPresent()) {
          column = columnName(item, t.getKey());
          break;
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        IngestErrors.identifierInValue(column, found.get().kind().description())
            .toReject(origin, withoutIdentifier(studyId), withoutIdentifier(subjectId)));
  }

  /** A file-level reject (no record) with any identifier in its message withheld. */
  static Reject redacted(Reject r) {
    String reason = IdentifierValues.redact(r.reason());
    return reason.equals(r.reason())
        ? r
        : new Reject(
            r.origin().withoutRawRecord(),
            r.column(),
            r.rule(),
            reason,
            withoutIdentifier(r.studyId()),
            withoutIdentifier(r.subjectId()));
  }

  private static String withoutIdentifier(String id) {
    return id != null && IdentifierValues.contains(id, List.of()) ? null : id;
  }

  /**
   * The components of each record class whose declared type admits an origin or a text, by index
   * into its {@link RecordShape} (found once per class: the screen reads every record of every
   * file).
   */
  private static final ClassValue<int[]> SCREENED =
      new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> type) {
          RecordShape shape = RecordShape.of(type);
          return IntStream.range(0, shape.size())
              .filter(
                  i ->
                      shape.type(i).isAssignableFrom(String.class)
                          || shape.type(i).isAssignableFrom(Origin.class))
              .toArray();
        }
      };

  /** The column a reject names, or the observation field (in the output's snake case). */
  private static String columnName(Object item, String key) {
    if (item instanceof Reject) {
      return key;
    }
    return RecordShape.snakeCase(key);
  }

  /** The column of the raw record that holds the identifier, or null when it cannot be told. */
  private String columnOf(String raw, List<String> ownIds) {
    try {
      return switch (file.format()) {
        case FHIR -> jsonPath(JSON.readTree(raw), "", ownIds);
        case SDTM_XPT -> xptVariable(raw, ownIds);
        default -> csvColumn(raw, ownIds);
      };
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String jsonPath(JsonNode node, String path, List<String> ownIds) {
    if (node.isTextual()) {
      return IdentifierValues.contains(node.asText(), ownIds) ? path : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = jsonPath(node.get(i), path + "[" + i + "]", ownIds);
        if (p != null) {
          return p;
        }
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p =
            jsonPath(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), ownIds);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static String xptVariable(String raw, List<String> ownIds) {
    for (String part : raw.split("\\|")) {
      int eq = part.indexOf('=');
      if (eq > 0 && IdentifierValues.contains(part.substring(eq + 1), ownIds)) {
        return part.substring(0, eq);
      }
    }
    return null;
  }

  private String csvColumn(String raw, List<String> ownIds) throws IOException {
    char delimiter = CsvSourceReader.delimiterOf(file.relativePath());
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    List<String> fields;
    try (CSVParser parser = CSVParser.parse(raw, format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        return null;
      }
      fields = records.get(0).toList();
    }
    for (int i = 0; i < fields.size(); i++) {
      if (IdentifierValues.contains(fields.get(i), ownIds)) {
        List<String> names = header(delimiter);
        return i < names.size() && !names.get(i).isBlank() ? names.get(i) : "field " + (i + 1);
      }
    }
    return null;
  }

  /** The header of a delimited file, from its first bytes (empty when they hold none). */
  private List<String> header(char delimiter) {
    if (header == null) {
      header = List.of();
      if (head != null) {
        try (CsvRecordReader r =
            new CsvRecordReader(new ByteArrayInputStream(head.bytes()), delimiter)) {
          CsvRecord first = r.next();
          if (first != null && first.fields() != null) {
            header = first.fields();
          }
        } catch (IOException | RuntimeException e) {
          header = List.of();
        }
      }
    }
    return header;
  }

  /** Keeps the first {@link #HEAD_BYTES} bytes that pass through. */
  private static final class HeadCapture {
    private final byte[] buffer = new byte[HEAD_BYTES];
    private int length;

    InputStream attach(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0 && length < buffer.length) {
            buffer[length++] = (byte) b;
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0 && length < buffer.length) {
            int keep = Math.min(n, buffer.length - length);
            System.arraycopy(b, off, buffer, length, keep);
            length += keep;
          }
          return n;
        }
      };
    }

    /** Keeps the header bytes a later part of a large file is given. */
    void capture(byte[] bytes) {
      if (bytes != null) {
        length = Math.min(bytes.length, buffer.length);
        System.arraycopy(bytes, 0, buffer, 0, length);
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buffer, length);
    }
  }
}
