package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.Doses;

/**
 * The generic infusions CSV (docs/formats.md): {@code study_id, subject_id, dose_mg_per_kg} plus
 * {@code infusion_date} and/or {@code study_day}; optional {@code infusion_time, dose_mg, route,
 * drug, course, site_id}. A dose may be empty (esketamine is dosed in mg); a dose that is not a
 * non-negative number rejects the row.
 */
public final class GenericInfusionsReader extends GenericCsvReader {
  public GenericInfusionsReader() {
    super(List.of("infusion_date", "study_day"), "dose_mg_per_kg");
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    RecordTime time = time(row, "infusion_date", "study_day", "infusion_time");
    sink.infusion(
        Observations.infusion(
            study,
            row.value("site_id"),
            subject,
            time,
            Doses.parse(row.value("dose_mg_per_kg"), row.columnName("dose_mg_per_kg")),
            Doses.parse(row.value("dose_mg"), row.columnName("dose_mg")),
            row.value("route"),
            row.value("drug"),
            row.value("course"),
            row.origin()));
  }
}
