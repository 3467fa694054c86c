package org.infusionoutcomes.ingest.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.RecordTime;

/**
 * The frame shared by the generic CSV readers (docs/formats.md): the required columns, the time
 * columns of which the header needs one, and the {@code study_id} and {@code subject_id} every
 * record must hold, read before anything else.
 */
abstract class GenericCsvReader extends CsvSourceReader {
  private final List<String> required;
  private final String[] timeColumns;

  /**
   * @param timeColumns the time columns of which the header needs at least one (none: no check)
   * @param required the columns the header must have besides {@code study_id} and {@code
   *     subject_id}, which every generic file has
   */
  GenericCsvReader(List<String> timeColumns, String... required) {
    List<String> columns = new ArrayList<>(List.of("study_id", "subject_id"));
    columns.addAll(List.of(required));
    this.required = List.copyOf(columns);
    this.timeColumns = timeColumns.toArray(String[]::new);
  }

  @Override
  protected final List<String> requiredColumns(CsvHeader header) {
    return required;
  }

  @Override
  protected final Optional<String> headerProblem(CsvHeader header) {
    return timeColumns.length == 0 ? Optional.empty() : needsOneOf(header, timeColumns);
  }

  @Override
  protected final void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    String study = row.required("study_id");
    String subject = row.required("subject_id");
    read(row, study, subject, context, sink);
  }

  /** Reads one record whose study and subject are known. */
  protected abstract void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink);

  /** A record's date, study day and time of day from these columns. */
  static RecordTime time(CsvRow row, String dateColumn, String dayColumn, String timeColumn) {
    return RecordTime.parse(
        row.value(dateColumn), row.columnName(dateColumn),
        row.value(dayColumn), row.columnName(dayColumn),
        row.value(timeColumn), row.columnName(timeColumn));
  }

  /** The record's {@code minutes_from_start}, or null. */
  static Integer minutesFromStart(CsvRow row) {
    return ElapsedTime.parseMinutes(
        row.value("minutes_from_start"), row.columnName("minutes_from_start"));
  }
}
