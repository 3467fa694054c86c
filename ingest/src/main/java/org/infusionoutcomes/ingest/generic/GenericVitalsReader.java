package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * The generic vital-signs CSV (docs/formats.md, "Vital signs"): {@code study_id, subject_id, test,
 * value} plus {@code measured_date} and/or {@code study_day}; optional {@code measured_time,
 * minutes_from_start, unit, site_id, position}. {@code test} is an SDTM VSTESTCD code in any case.
 * Units are converted or rejected ({@code invalid_unit}), implausible values rejected ({@code
 * implausible_value}).
 */
public final class GenericVitalsReader extends GenericCsvReader {
  public GenericVitalsReader() {
    super(List.of("measured_date", "study_day"), "test", "value");
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    String code = row.required("test");
    VitalTests.Test test =
        VitalTests.test(code)
            .orElseThrow(() -> IngestErrors.unknownVitalTest(code, row.columnName("test")));
    String valueText = row.required("value");
    VitalTests.Reading reading =
        VitalTests.canonical(
            test, valueText, row.columnName("value"), row.value("unit"), row.columnName("unit"));
    RecordTime time = time(row, "measured_date", "study_day", "measured_time");
    sink.vital(
        Observations.vital(
            study,
            row.value("site_id"),
            subject,
            test,
            reading,
            time,
            minutesFromStart(row),
            row.value("position"),
            row.origin()));
  }
}
