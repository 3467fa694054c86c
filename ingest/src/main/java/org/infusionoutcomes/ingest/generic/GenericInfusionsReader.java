package org.infusionoutcomes.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.Doses;

/**
 * The generic infusions CSV (SPEC §3.1): {@code study_id, subject_id, dose_mg_per_kg} plus {@code
 * infusion_date} and/or {@code study_day}; optional {@code infusion_time, dose_mg, route, drug,
 * course, site_id}. A dose may be empty (esketamine is dosed in mg); a dose that is not a
 * non-negative number rejects the row.
 */
public final class GenericInfusionsReader extends CsvSourceReader {
  static final List<String> REQUIRED = List.of("study_id", "subject_id", "dose_mg_per_kg");

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    return REQUIRED;
  }

  @Override
  protected Optional<String> headerProblem(CsvHeader header) {
    return needsOneOf(header, "infusion_date", "study_day");
  }

  @Override
  protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    CsvHeader h = row.header();
    List<String> f = row.fields();
    String study = required(h, f, "study_id");
    String subject = required(h, f, "subject_id");
    RecordTime time =
        RecordTime.parse(
            h.value(f, "infusion_date"), columnName(h, "infusion_date"),
            h.value(f, "study_day"), columnName(h, "study_day"),
            h.value(f, "infusion_time"), columnName(h, "infusion_time"));
    sink.infusion(
        new InfusionObservation(
            study,
            h.value(f, "site_id"),
            subject,
            time.date(),
            time.studyDay(),
            time.time(),
            Doses.parse(h.value(f, "dose_mg_per_kg"), columnName(h, "dose_mg_per_kg")),
            Doses.parse(h.value(f, "dose_mg"), columnName(h, "dose_mg")),
            h.value(f, "route"),
            h.value(f, "drug"),
            h.value(f, "course"),
            row.origin()));
  }
}
