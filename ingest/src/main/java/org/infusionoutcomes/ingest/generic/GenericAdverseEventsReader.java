package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.time.EventDates;
import org.infusionoutcomes.ingest.value.AdverseEventValues;

/**
 * The generic adverse-events CSV (docs/formats.md, "Adverse events"): {@code study_id, subject_id,
 * term} plus {@code start_date} and/or {@code start_day}; optional {@code end_date, end_day,
 * preferred_term, body_system, severity} (MILD, MODERATE, SEVERE), {@code serious} (Y, N), {@code
 * related, site_id}. A partial or empty onset keeps the event with an unknown onset day.
 */
public final class GenericAdverseEventsReader extends GenericCsvReader {
  public GenericAdverseEventsReader() {
    super(List.of("start_date", "start_day"), "term");
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    String term = row.required("term");
    EventDates.When onset =
        EventDates.when(
            row.value("start_date"), row.columnName("start_date"),
            row.value("start_day"), row.columnName("start_day"));
    EventDates.When end =
        EventDates.when(
            row.value("end_date"), row.columnName("end_date"),
            row.value("end_day"), row.columnName("end_day"));
    sink.adverseEvent(
        new AdverseEventObservation(
            study,
            row.value("site_id"),
            subject,
            term.trim(),
            AdverseEventValues.text(row.value("preferred_term")),
            AdverseEventValues.text(row.value("body_system")),
            AdverseEventValues.severity(row.value("severity"), row.columnName("severity")),
            AdverseEventValues.yesNo(row.value("serious"), row.columnName("serious")),
            AdverseEventValues.text(row.value("related")),
            onset.date(),
            onset.studyDay(),
            end.date(),
            end.studyDay(),
            row.origin()));
  }
}
