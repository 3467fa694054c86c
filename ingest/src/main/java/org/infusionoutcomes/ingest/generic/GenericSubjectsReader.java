package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Ages;

/**
 * The optional generic subjects CSV (docs/formats.md): {@code study_id, subject_id} and optional
 * {@code site_id, sex, age, arm}, plus {@code reference_date} (study day 1) for studies that mix
 * dates and study days.
 */
public final class GenericSubjectsReader extends GenericCsvReader {
  public GenericSubjectsReader() {
    super(List.of());
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    var ref =
        TimeParsing.parseDateTime(row.value("reference_date"), row.columnName("reference_date"));
    sink.subject(
        Ages.subject(
            study,
            subject,
            row.value("site_id"),
            row.value("sex"),
            row.value("age"),
            row.columnName("age"),
            row.value("arm"),
            ref == null ? null : ref.date(),
            row.origin()));
  }
}
