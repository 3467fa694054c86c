package org.infusionoutcomes.ingest.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.infusionoutcomes.ingest.read.FilePartInput;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * FHIR R4 resources (docs/formats.md, "FHIR R4") as a bulk-export NDJSON file (one resource per
 * line), a Bundle ({@code "resourceType": "Bundle"}, one record per entry) or a single resource in
 * a {@code .json} file. What each resource type yields is decided by {@link
 * FhirResourceInterpreter}.
 *
 * <p>Records and lines: an NDJSON record is one non-blank line; a Bundle record is one entry, its
 * line the line where the entry starts; a single-resource document is one record at the line where
 * it starts. Each record is accepted or rejected as a whole: a bad value anywhere in a resource
 * rejects that resource and emits nothing from it. A line that is not valid JSON is rejected with
 * {@code invalid_json} and its text kept; reading goes on with the next line.
 */
public final class FhirReader implements SourceReader {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            1 << 16);
    FhirResourceInterpreter interpreter =
        new FhirResourceInterpreter(context.registry(), file.defaultStudyId());
    if (file.path().toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
      // A part of a large NDJSON file starts at a line of its own; lines keep their numbers.
      long firstLine = in instanceof FilePartInput part ? part.firstLine() : 1;
      return readLines(file, reader, firstLine, interpreter, sink);
    }
    // A .json file: a document (pretty-printed resource or Bundle), or NDJSON under another name.
    String text =
        reader
            .lines()
            .reduce(
                new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append)
            .toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (isLineDelimited(text)) {
      return readLines(file, new BufferedReader(new StringReader(text)), 1, interpreter, sink);
    }
    return readDocument(file, text, interpreter, sink);
  }

  private static long readLines(
      SourceFile file,
      BufferedReader lines,
      long firstLine,
      FhirResourceInterpreter interpreter,
      RecordSink sink)
      throws IOException {
    long read = 0;
    long lineNumber = firstLine - 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      read++;
      Origin origin = file.origin(lineNumber, line);
      JsonNode resource;
      try {
        resource = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.reject(invalidJson(origin, e, file));
        continue;
      }
      if (resource == null || !resource.isObject()) {
        sink.reject(
            new Reject(
                origin,
                null,
                RejectRule.INVALID_JSON,
                "the line is not a JSON object (one FHIR resource per line is expected)",
                file.defaultStudyId(),
                null));
        continue;
      }
      interpret(interpreter, resource, origin, sink, file);
    }
    if (read == 0) {
      sink.reject(
          new Reject(
              file.origin(0, null),
              null,
              RejectRule.EMPTY_FILE,
              "the file holds no resources",
              file.defaultStudyId(),
              null));
    }
    return read;
  }

  private static long readDocument(
      SourceFile file, String text, FhirResourceInterpreter interpreter, RecordSink sink) {
    if (text.isBlank()) {
      sink.reject(
          new Reject(
              file.origin(0, null),
              null,
              RejectRule.EMPTY_FILE,
              "the file is empty",
              file.defaultStudyId(),
              null));
      return 0;
    }
    long firstLine = firstNonBlankLine(text);
    JsonNode document;
    try {
      document = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(invalidJson(file.origin(firstLine, text), e, file));
      return 1;
    }
    if (!document.isObject()) {
      sink.reject(
          new Reject(
              file.origin(firstLine, text),
              null,
              RejectRule.INVALID_JSON,
              "the document is not a JSON object (a FHIR resource or Bundle)",
              file.defaultStudyId(),
              null));
      return 1;
    }
    if (!"Bundle".equals(document.path("resourceType").asText())) {
      interpret(interpreter, document, file.origin(firstLine, compact(document)), sink, file);
      return 1;
    }
    JsonNode entries = document.path("entry");
    List<Long> lines = entryLines(text, entries.size(), firstLine);
    long read = 0;
    for (int i = 0; i < entries.size(); i++) {
      read++;
      JsonNode entry = entries.get(i);
      JsonNode resource = entry.path("resource");
      Origin origin =
          file.origin(lines.get(i), compact(resource.isMissingNode() ? entry : resource));
      if (!resource.isObject()) {
        sink.reject(
            new Reject(
                origin,
                "entry[" + i + "].resource",
                RejectRule.UNSUPPORTED_RECORD,
                "the Bundle entry holds no resource",
                file.defaultStudyId(),
                null));
        continue;
      }
      interpret(interpreter, resource, origin, sink, file);
    }
    return read;
  }

  private static void interpret(
      FhirResourceInterpreter interpreter,
      JsonNode resource,
      Origin origin,
      RecordSink sink,
      SourceFile file) {
    try {
      interpreter.interpret(resource, origin).emitTo(sink);
    } catch (FieldProblem p) {
      sink.reject(
          p.toReject(
              origin, file.defaultStudyId(), FhirResourceInterpreter.subjectIdOrNull(resource)));
    }
  }

  private static Reject invalidJson(Origin origin, JsonProcessingException e, SourceFile file) {
    String where =
        e.getLocation() == null
            ? ""
            : " at column "
                + e.getLocation().getColumnNr()
                + (origin.line() > 0 && e.getLocation().getLineNr() > 1
                    ? ", line " + (origin.line() + e.getLocation().getLineNr() - 1)
                    : "");
    return new Reject(
        origin,
        null,
        RejectRule.INVALID_JSON,
        "not valid JSON" + where + ": " + e.getOriginalMessage(),
        file.defaultStudyId(),
        null);
  }

  /** True when the first non-blank line of {@code text} is a complete JSON value by itself. */
  private static boolean isLineDelimited(String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        try {
          return JSON.readTree(line).isObject();
        } catch (JsonProcessingException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static long firstNonBlankLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The line where each element of the top-level {@code entry} array starts. */
  private static List<Long> entryLines(String text, int count, long fallback) {
    List<Long> lines = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(text)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if ("entry".equals(name) && value == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              lines.add((long) p.currentTokenLocation().getLineNr());
              p.skipChildren();
            }
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // The document parsed as a tree a moment ago; fall back to its first line.
    }
    while (lines.size() < count) {
      lines.add(fallback);
    }
    return lines;
  }

  /** The resource as one line of JSON: the raw text kept with a record. */
  static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
