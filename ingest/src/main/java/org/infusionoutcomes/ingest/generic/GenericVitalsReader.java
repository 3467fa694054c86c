package org.infusionoutcomes.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * The generic vital-signs CSV (docs/formats.md, "Vital signs"): {@code study_id, subject_id, test,
 * value} plus {@code measured_date} and/or {@code study_day}; optional {@code measured_time,
 * minutes_from_start, unit, site_id, position}. {@code test} is an SDTM VSTESTCD code in any case.
 * Units are converted or rejected ({@code invalid_unit}), implausible values rejected ({@code
 * implausible_value}).
 */
public final class GenericVitalsReader extends CsvSourceReader {
  static final List<String> REQUIRED = List.of("study_id", "subject_id", "test", "value");

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    return REQUIRED;
  }

  @Override
  protected Optional<String> headerProblem(CsvHeader header) {
    return needsOneOf(header, "measured_date", "study_day");
  }

  @Override
  protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    CsvHeader h = row.header();
    List<String> f = row.fields();
    String study = required(h, f, "study_id");
    String subject = required(h, f, "subject_id");
    String code = required(h, f, "test");
    VitalTests.Test test =
        VitalTests.test(code)
            .orElseThrow(() -> IngestErrors.unknownVitalTest(code, columnName(h, "test")));
    String valueText = required(h, f, "value");
    VitalTests.Reading reading =
        VitalTests.canonical(
            test, valueText, columnName(h, "value"), h.value(f, "unit"), columnName(h, "unit"));
    RecordTime time =
        RecordTime.parse(
            h.value(f, "measured_date"), columnName(h, "measured_date"),
            h.value(f, "study_day"), columnName(h, "study_day"),
            h.value(f, "measured_time"), columnName(h, "measured_time"));
    sink.vital(
        new VitalObservation(
            study,
            h.value(f, "site_id"),
            subject,
            test.code(),
            reading.value(),
            reading.unit(),
            time.date(),
            time.studyDay(),
            time.time(),
            ElapsedTime.parseMinutes(
                h.value(f, "minutes_from_start"), columnName(h, "minutes_from_start")),
            h.value(f, "position"),
            row.origin()));
  }
}
