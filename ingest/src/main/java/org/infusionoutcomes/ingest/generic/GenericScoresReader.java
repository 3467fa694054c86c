package org.infusionoutcomes.ingest.generic;

import java.util.List;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.ItemNumbers;

/**
 * The generic long scores CSV (docs/formats.md): one row per item or total, columns {@code
 * study_id, subject_id, instrument, item, score} plus {@code assessment_date} and/or {@code
 * study_day}, and optional {@code site_id, visit, assessment_time, rater}. {@code item} is 1..N or
 * {@code total}; an empty {@code score} is a missing item.
 */
public final class GenericScoresReader extends GenericCsvReader {
  public GenericScoresReader() {
    super(List.of("assessment_date", "study_day"), "instrument", "item", "score");
  }

  @Override
  protected void read(
      CsvRow row, String study, String subject, ReadContext context, RecordSink sink) {
    String instrument = row.required("instrument");
    ScaleDefinition scale =
        context
            .registry()
            .resolve(instrument)
            .orElseThrow(
                () ->
                    IngestErrors.unknownScale(
                        row.columnName("instrument"), "instrument", instrument));
    String itemText = row.required("item");
    int item = ItemNumbers.parse(scale, itemText, row.columnName("item"));
    RecordTime time = time(row, "assessment_date", "study_day", "assessment_time");
    sink.score(
        Observations.score(
            study,
            row.value("site_id"),
            subject,
            scale.id(),
            item,
            row.value("score"),
            row.columnName("score"),
            time,
            row.value("visit"),
            row.origin(),
            minutesFromStart(row)));
  }
}
