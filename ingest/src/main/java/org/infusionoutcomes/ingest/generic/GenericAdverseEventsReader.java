package org.infusionoutcomes.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
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
public final class GenericAdverseEventsReader extends CsvSourceReader {
  static final List<String> REQUIRED = List.of("study_id", "subject_id", "term");

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
    String term = required(h, f, "term");
    EventDates.When onset =
        EventDates.when(
            h.value(f, "start_date"), columnName(h, "start_date"),
            h.value(f, "start_day"), columnName(h, "start_day"));
    EventDates.When end =
        EventDates.when(
            h.value(f, "end_date"), columnName(h, "end_date"),
            h.value(f, "end_day"), columnName(h, "end_day"));
    sink.adverseEvent(
        new AdverseEventObservation(
            study,
            h.value(f, "site_id"),
            subject,
            term.trim(),
            AdverseEventValues.text(h.value(f, "preferred_term")),
            AdverseEventValues.text(h.value(f, "body_system")),
            AdverseEventValues.severity(h.value(f, "severity"), columnName(h, "severity")),
            AdverseEventValues.yesNo(h.value(f, "serious"), columnName(h, "serious")),
            AdverseEventValues.text(h.value(f, "related")),
            onset.date(),
            onset.studyDay(),
            end.date(),
            end.studyDay(),
            row.origin()));
  }
}
