package org.infusionoutcomes.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.time.MedicationDates;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.MedicationValues;

/**
 * The generic medications CSV (docs/formats.md, "Medications"; SPEC §12.1): {@code study_id,
 * subject_id, drug} plus {@code start_date} and/or {@code start_day}; optional {@code end_date,
 * end_day, ongoing} (Y, N), {@code dose, unit, route, frequency, site_id}. Dates may be partial
 * ({@code 2023}, {@code 2023-11}); a record without a start is kept with an unknown start.
 */
public final class GenericMedicationsReader extends CsvSourceReader {
  static final List<String> REQUIRED = List.of("study_id", "subject_id", "drug");

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    return REQUIRED;
  }

  @Override
  protected Optional<String> headerProblem(CsvHeader header) {
    return needsOneOf(header, "start_date", "start_day");
  }

  @Override
  protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    CsvHeader h = row.header();
    List<String> f = row.fields();
    String study = required(h, f, "study_id");
    String subject = required(h, f, "subject_id");
    String drug = required(h, f, "drug");
    sink.medication(
        new MedicationObservation(
            study,
            h.value(f, "site_id"),
            subject,
            drug.trim(),
            null,
            null,
            MedicationDates.date(h.value(f, "start_date"), columnName(h, "start_date")),
            TimeParsing.parseStudyDay(h.value(f, "start_day"), columnName(h, "start_day")),
            MedicationDates.date(h.value(f, "end_date"), columnName(h, "end_date")),
            TimeParsing.parseStudyDay(h.value(f, "end_day"), columnName(h, "end_day")),
            MedicationValues.ongoing(h.value(f, "ongoing"), columnName(h, "ongoing")),
            Doses.parse(MedicationValues.text(h.value(f, "dose")), columnName(h, "dose")),
            MedicationValues.text(h.value(f, "unit")),
            MedicationValues.text(h.value(f, "route")),
            MedicationValues.text(h.value(f, "frequency")),
            row.origin()));
  }
}
