package org.infusionoutcomes.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.ItemNumbers;

/**
 * The generic long scores CSV (SPEC §3.1): one row per item or total, columns {@code study_id,
 * subject_id, instrument, item, score} plus {@code assessment_date} and/or {@code study_day}, and
 * optional {@code site_id, visit, assessment_time, rater}. {@code item} is 1..N or {@code total};
 * an empty {@code score} is a missing item.
 */
public final class GenericScoresReader extends CsvSourceReader {
  static final List<String> REQUIRED =
      List.of("study_id", "subject_id", "instrument", "item", "score");

  @Override
  protected List<String> requiredColumns(CsvHeader header) {
    return REQUIRED;
  }

  @Override
  protected Optional<String> headerProblem(CsvHeader header) {
    return needsOneOf(header, "assessment_date", "study_day");
  }

  @Override
  protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
    CsvHeader h = row.header();
    List<String> f = row.fields();
    String study = required(h, f, "study_id");
    String subject = required(h, f, "subject_id");
    String instrument = required(h, f, "instrument");
    ScaleDefinition scale =
        context
            .registry()
            .resolve(instrument)
            .orElseThrow(
                () ->
                    IngestErrors.unknownScale(
                        columnName(h, "instrument"), "instrument", instrument));
    String itemText = required(h, f, "item");
    int item = ItemNumbers.parse(scale, itemText, columnName(h, "item"));
    RecordTime time =
        RecordTime.parse(
            h.value(f, "assessment_date"), columnName(h, "assessment_date"),
            h.value(f, "study_day"), columnName(h, "study_day"),
            h.value(f, "assessment_time"), columnName(h, "assessment_time"));
    sink.score(
        new ScoreObservation(
            study,
            h.value(f, "site_id"),
            subject,
            scale.id(),
            item,
            h.value(f, "score"),
            columnName(h, "score"),
            time.date(),
            time.studyDay(),
            time.time(),
            h.value(f, "visit"),
            row.origin(),
            ElapsedTime.parseMinutes(
                h.value(f, "minutes_from_start"), columnName(h, "minutes_from_start"))));
  }
}
