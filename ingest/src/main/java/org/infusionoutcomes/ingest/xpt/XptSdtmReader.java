package org.infusionoutcomes.ingest.xpt;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infusionoutcomes.ingest.privacy.DirectIdentifiers;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.sdtm.SdtmDomain;
import org.infusionoutcomes.ingest.sdtm.SdtmRecordInterpreter;
import org.infusionoutcomes.ingest.sdtm.SdtmRow;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.value.Numbers;

/**
 * SDTM domains shipped as SAS transport v5 files ({@code qs.xpt}, {@code ex.xpt} ...), read with
 * exactly the SDTM rules of the CSV reader ({@link SdtmRecordInterpreter}).
 *
 * <ul>
 *   <li>Each dataset of the file is judged like an SDTM CSV header: it must have {@code DOMAIN} and
 *       the variables its domain requires; a domain the pipeline does not read (LB, MH ...) and a
 *       dataset without {@code DOMAIN} (ADaM datasets such as {@code ADQSCIBC}) are refused with
 *       one file-level reject and none of their observations is read.
 *   <li>A variable must have the type SDTM gives it: {@code --STRESN}, {@code --DY}, {@code
 *       VISITNUM}, {@code --SEQ}, {@code EXDOSE}, {@code CMDOSE} and {@code AGE} are numeric, the
 *       others character. A numeric variable stored as character is accepted when its text is a
 *       number or empty; otherwise, and for a character variable stored as a number (a numeric
 *       {@code USUBJID}), the observation is rejected with {@code invalid_value_type}, naming the
 *       variable. Only the variables the SDTM rules actually read are checked.
 *   <li>Missing numbers ({@code .}, {@code .A}-{@code .Z}, {@code ._}) are missing values.
 *   <li>The origin line of a record is its observation number in the file (counted across
 *       datasets); its raw text is {@code VAR=value|VAR=value|...} with every variable.
 *   <li>A file that ends inside an observation gives a reject for that observation; the ones before
 *       it are read.
 * </ul>
 */
public final class XptSdtmReader implements SourceReader {

  @Override
  public long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException {
    XportInput xpt;
    try {
      xpt = new XportInput(in);
    } catch (XportFormatException e) {
      sink.reject(fileReject(file, 0, null, RejectRule.UNREADABLE_FILE, e.getMessage()));
      return 0;
    }
    long read = 0;
    long observation = 0;
    try (xpt) {
      for (XptDataset dataset = xpt.nextDataset(); dataset != null; dataset = xpt.nextDataset()) {
        Optional<Reject> refused = refusal(file, dataset, observation);
        if (refused.isPresent()) {
          sink.reject(refused.get());
          continue;
        }
        SdtmDomain domain =
            SdtmDomain.fromVariables(dataset.variableNames()).flatMap(SdtmDomain::of).orElseThrow();
        for (XportInput.Observation o = xpt.nextObservation();
            o != null;
            o = xpt.nextObservation()) {
          observation++;
          read++;
          if (o.truncated()) {
            sink.reject(
                fileReject(
                    file,
                    observation,
                    null,
                    RejectRule.TRUNCATED_RECORD,
                    "the file ends "
                        + o.bytesPresent()
                        + " bytes into observation "
                        + o.number()
                        + " of dataset "
                        + dataset.name()
                        + " ("
                        + dataset.observationLength()
                        + " bytes each): the file is truncated;"
                        + " the observations before it were read"));
            break;
          }
          readObservation(file, domain, o, observation, context, sink);
        }
      }
    } catch (XportFormatException e) {
      // Damaged dataset headers: no record to point at; the datasets before them were read.
      sink.reject(fileReject(file, 0, null, RejectRule.UNREADABLE_FILE, e.getMessage()));
    }
    return read;
  }

  private static void readObservation(
      SourceFile file,
      SdtmDomain domain,
      XportInput.Observation o,
      long line,
      ReadContext context,
      RecordSink sink) {
    Map<String, XptValue> byName =
        o.values().stream()
            .collect(
                Collectors.toMap(
                    v -> v.variable().name().toUpperCase(Locale.ROOT),
                    Function.identity(),
                    (a, b) -> a));
    Origin origin = file.origin(line, render(o.values()));
    XptRow row = new XptRow(byName);
    try {
      SdtmRecordInterpreter.interpret(domain, row, origin, context.registry(), sink);
    } catch (FieldProblem p) {
      sink.reject(
          p.toReject(
              origin, safe(row, "STUDYID", file.defaultStudyId()), safe(row, "USUBJID", null)));
    }
  }

  private static String safe(XptRow row, String variable, String fallback) {
    try {
      String v = row.get(variable);
      return v != null ? v : fallback;
    } catch (FieldProblem e) {
      return fallback;
    }
  }

  /**
   * Why a dataset is not read, as in {@code SdtmCsvReader}: no DOMAIN variable, a domain the
   * pipeline does not use, a missing required variable, or no time variable.
   */
  private static Optional<Reject> refusal(SourceFile file, XptDataset dataset, long line) {
    List<String> names = dataset.variableNames();
    Optional<Integer> identifier = DirectIdentifiers.firstIdentifier(names);
    if (identifier.isPresent()) {
      String column = names.get(identifier.get());
      return Optional.of(
          new Reject(
              file.origin(line, null),
              column,
              RejectRule.DIRECT_IDENTIFIER,
              "dataset "
                  + dataset.name()
                  + " variable '"
                  + column
                  + "' holds a direct identifier; inputs must be de-identified, so the dataset is refused - remove the variable and run again",
              file.defaultStudyId(),
              null));
    }
    if (dataset.variable("DOMAIN").isEmpty()) {
      String kind =
          dataset.name().toUpperCase(Locale.ROOT).startsWith("AD")
              ? "its name marks an ADaM analysis dataset, which holds derived values, not the collected SDTM records the pipeline reads"
              : "it is not an SDTM domain dataset";
      return Optional.of(
          fileReject(
              file,
              line,
              "DOMAIN",
              RejectRule.MISSING_REQUIRED_COLUMN,
              "dataset "
                  + dataset.name()
                  + " has no DOMAIN variable: "
                  + kind
                  + " (QS, RS, EX, DM, VS, AE, CM); the dataset is not read"));
    }
    Optional<String> unreadable = SdtmDomain.unreadable(names, "dataset " + dataset.name());
    if (unreadable.isPresent()) {
      return Optional.of(
          fileReject(file, line, null, RejectRule.MISSING_REQUIRED_COLUMN, unreadable.get()));
    }
    SdtmDomain domain = SdtmDomain.fromVariables(names).flatMap(SdtmDomain::of).orElseThrow();
    for (String required : domain.required()) {
      if (dataset.variable(required).isEmpty()) {
        return Optional.of(
            fileReject(
                file,
                line,
                required,
                RejectRule.MISSING_REQUIRED_COLUMN,
                "required variable '"
                    + required
                    + "' is missing from dataset "
                    + dataset.name()
                    + "; the dataset is not read"));
      }
    }
    return Optional.empty();
  }

  private static Reject fileReject(
      SourceFile file, long line, String column, RejectRule rule, String reason) {
    return new Reject(file.origin(line, null), column, rule, reason, file.defaultStudyId(), null);
  }

  /**
   * {@code VAR=value|VAR=value|...}: every variable, numbers in plain decimal, missing numbers as
   * their SAS code.
   */
  static String render(List<XptValue> values) {
    StringBuilder sb = new StringBuilder();
    for (XptValue v : values) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(v.variable().name()).append('=').append(v.render());
    }
    return sb.toString();
  }

  /** True for the SDTM variables that are numeric (Num in the SDTM Implementation Guide). */
  static boolean isNumericVariable(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    return n.endsWith("STRESN")
        || n.endsWith("DY")
        || n.endsWith("SEQ")
        || n.equals("VISITNUM")
        || n.equals("EXDOSE")
        || n.equals("CMDOSE")
        || n.equals("AGE");
  }

  /** An observation seen through the SDTM variable types. */
  private record XptRow(Map<String, XptValue> values) implements SdtmRow {
    @Override
    public String get(String variable) {
      XptValue v = values.get(variable.toUpperCase(Locale.ROOT));
      if (v == null) {
        return null;
      }
      boolean expectNumeric = isNumericVariable(variable);
      String text;
      if (v.variable().numeric()) {
        if (!expectNumeric) {
          throw IngestErrors.invalidValueType(
              v.variable().name(),
              v.variable().name()
                  + " is a numeric variable in this file (value "
                  + v.render()
                  + "), but SDTM defines it as character; export it as a character variable");
        }
        text = v.number() == null ? null : v.render();
      } else {
        text = v.text() == null ? null : v.text().trim();
        if (expectNumeric && text != null && !text.isEmpty() && Numbers.parseNumber(text) == null) {
          throw IngestErrors.invalidValueType(
              v.variable().name(),
              v.variable().name()
                  + " is a character variable holding '"
                  + text
                  + "', which is not a number; SDTM defines it as numeric");
        }
      }
      // As in SDTM CSV (R and SAS exports): an empty value or NA is missing.
      return text == null || text.isEmpty() || text.equals("NA") ? null : text;
    }

    @Override
    public boolean has(String variable) {
      return values.containsKey(variable.toUpperCase(Locale.ROOT));
    }
  }
}
