package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Ages;

/**
 * The optional generic subjects CSV (SPEC §3.1): {@code study_id, subject_id} and optional {@code
 * site_id, sex, age, arm}, plus {@code reference_date} (study day 1) for studies that mix dates and
 * study days.
 */
public final class GenericSubjectsReader extends CsvSourceReader {
  static final List<String> REQUIRED = List.of("study_id", "subject_id");

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    return REQUIRED;
  }

  @Override
  protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    CsvHeader h = row.header();
    List<String> f = row.fields();
    String study = required(h, f, "study_id");
    String subject = required(h, f, "subject_id");
    var ref =
        TimeParsing.parseDateTime(h.value(f, "reference_date"), columnName(h, "reference_date"));
    sink.subject(
        new SubjectObservation(
            study,
            subject,
            h.value(f, "site_id"),
            h.value(f, "sex"),
            Ages.parse(h.value(f, "age"), columnName(h, "age")),
            h.value(f, "arm"),
            ref == null ? null : ref.date(),
            row.origin()));
  }
}
