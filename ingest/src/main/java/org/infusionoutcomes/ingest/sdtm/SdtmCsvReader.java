package org.infusionoutcomes.ingest.sdtm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.SourceFile;

/**
 * An SDTM domain (QS, RS, EX, DM, VS, AE or CM) exported as CSV (docs/formats.md). The domain is
 * judged from the variable names; each row must carry the same {@code DOMAIN}. R and SAS exports
 * write {@code NA} or an empty cell for a missing value: both are missing here.
 */
public final class SdtmCsvReader extends CsvSourceReader {
  private SdtmDomain domain;

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    List<String> required = new ArrayList<>(List.of("DOMAIN"));
    domainOf(header).ifPresent(d -> required.addAll(d.required()));
    return required;
  }

  @Override
  protected Optional<String> headerProblem(CsvHeader header) {
    return SdtmDomain.unreadable(header.names(), "the file");
  }

  private static Optional<SdtmDomain> domainOf(CsvHeader header) {
    return SdtmDomain.fromVariables(header.names()).flatMap(SdtmDomain::of);
  }

  @Override
  protected void start(SourceFile file, CsvHeader header, ReadContext context) {
    domain = domainOf(header).orElseThrow();
  }

  @Override
  protected boolean mayHoldIdentifierValues(CsvHeader header) {
    return header.has("BRTHDTC");
  }

  @Override
  protected boolean isMissingToken(String value) {
    return value.equals("NA");
  }

  @Override
  protected String studyIdOf(CsvHeader header, List<String> fields, SourceFile file) {
    String v = header.value(fields, "STUDYID");
    return v != null ? v : file.defaultStudyId();
  }

  @Override
  protected String subjectIdOf(CsvHeader header, List<String> fields) {
    return header.value(fields, "USUBJID");
  }

  @Override
  protected void readRecord(CsvRow csv, ReadContext context, RecordSink sink) {
    CsvHeader h = csv.header();
    List<String> f = csv.fields();
    SdtmRow row =
        new SdtmRow() {
          @Override
          public String get(String variable) {
            return h.value(f, variable);
          }

          @Override
          public boolean has(String variable) {
            return h.has(variable);
          }
        };
    SdtmRecordInterpreter.interpret(domain, row, csv.origin(), context.registry(), sink);
  }
}
