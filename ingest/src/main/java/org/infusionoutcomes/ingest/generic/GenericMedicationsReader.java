package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.time.MedicationDates;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.MedicationValues;

/**
 * The generic medications CSV (docs/formats.md, "Medications"; docs/definitions.md, "Who responds:
 * course factors"): {@code study_id, subject_id, drug} plus {@code start_date} and/or {@code
 * start_day}; optional {@code end_date, end_day, ongoing} (Y, N), {@code dose, unit, route,
 * frequency, site_id}. Dates may be partial ({@code 2023}, {@code 2023-11}); a record without a
 * start is kept with an unknown start.
 */
public final class GenericMedicationsReader extends GenericCsvReader {
  public GenericMedicationsReader() {
    super(List.of("start_date", "start_day"), "drug");
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    String drug = row.required("drug");
    sink.medication(
        new MedicationObservation(
            study,
            row.value("site_id"),
            subject,
            drug.trim(),
            null,
            null,
            MedicationDates.date(row.value("start_date"), row.columnName("start_date")),
            TimeParsing.parseStudyDay(row.value("start_day"), row.columnName("start_day")),
            MedicationDates.date(row.value("end_date"), row.columnName("end_date")),
            TimeParsing.parseStudyDay(row.value("end_day"), row.columnName("end_day")),
            MedicationValues.ongoing(row.value("ongoing"), row.columnName("ongoing")),
            Doses.parse(MedicationValues.text(row.value("dose")), row.columnName("dose")),
            MedicationValues.text(row.value("unit")),
            MedicationValues.text(row.value("route")),
            MedicationValues.text(row.value("frequency")),
            row.origin()));
  }
}
