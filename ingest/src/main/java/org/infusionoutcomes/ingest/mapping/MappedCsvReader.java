package org.infusionoutcomes.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Ages;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.ItemNumbers;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * Any CSV/TSV file described by a user mapping file ({@link MappingFile}, {@code format: mapped}):
 * the table of the mapping whose patterns match the file decides which columns become which
 * canonical fields. The delimited-text frame ({@link CsvSourceReader}) is the same as for every
 * other CSV format: direct-identifier refusal, malformed records, field counts.
 *
 * <ul>
 *   <li>The mapping is checked against the header first: a column the mapping names that the file
 *       lacks refuses the file with one {@code invalid_mapping} reject naming the mapping file, the
 *       key and the column.
 *   <li>Records not meeting the table's {@code where} condition are read and skipped (not
 *       rejected): they are deliberately out of scope, for example the placebo sessions of a
 *       crossover trial.
 *   <li>Wide tables: an empty score cell is a missing item; a row whose score cells are all empty
 *       yields no assessment (and needs no date). Long tables: one row per item, as the generic
 *       format.
 *   <li>Each record is accepted or rejected as a whole.
 * </ul>
 */
public final class MappedCsvReader implements SourceReader {

  @Override
  public long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException {
    if (file.mapping() == null) {
      sink.reject(
          MappingRefusals.refusal(
              file,
              null,
              "no mapping file applies to this file; place a <name>.mapping.yaml next to it"));
      return 0;
    }
    Optional<MappingFile> parsed =
        MappingRefusals.attempt(
            file, sink, () -> MappingFile.parse(file.mapping(), context.registry()));
    if (parsed.isEmpty()) {
      return 0;
    }
    MappingFile mapping = parsed.get();
    Optional<MappedTable> table = mapping.tableFor(file.relativePath());
    if (table.isEmpty()) {
      sink.reject(
          MappingRefusals.refusal(
              file,
              null,
              "mapping file "
                  + mapping.file()
                  + " has no table whose 'files' match "
                  + file.relativePath()));
      return 0;
    }
    TableReader reader = new TableReader(mapping, table.get());
    return reader.read(file, in, context, sink);
  }

  /** The CSV frame with one table of a mapping. */
  private static final class TableReader extends CsvSourceReader {
    private final MappingFile mapping;
    private final MappedTable table;

    /** The column the mapping names that the header lacks, once the header has been judged. */
    private String missingColumn;

    TableReader(MappingFile mapping, MappedTable table) {
      this.mapping = mapping;
      this.table = table;
    }

    /**
     * Turns the frame's header refusal into an {@code invalid_mapping} reject naming the column.
     */
    @Override
    protected Reject headerProblemReject(Reject r) {
      if (missingColumn == null) {
        return r;
      }
      return new Reject(
          r.origin(),
          missingColumn,
          RejectRule.INVALID_MAPPING,
          r.reason(),
          r.studyId(),
          r.subjectId());
    }

    @Override
    protected List<String> requiredColumns(CsvHeader header) {
      return List.of();
    }

    @Override
    protected Optional<String> headerProblem(CsvHeader header) {
      for (Map.Entry<String, String> e : table.columnsByKey().entrySet()) {
        if (!header.has(e.getValue())) {
          missingColumn = e.getValue();
          return Optional.of(
              "mapping file "
                  + mapping.file()
                  + " '"
                  + e.getKey()
                  + "' names column '"
                  + e.getValue()
                  + "', which the file's header lacks; fix the mapping or the file - the file is not read");
        }
      }
      return Optional.empty();
    }

    @Override
    protected boolean isMissingToken(String value) {
      return table.missingValues().contains(value);
    }

    @Override
    protected String studyIdOf(CsvHeader header, List<String> fields, SourceFile file) {
      String v = table.studyId() == null ? null : table.studyId().value(header, fields);
      return v != null ? v : mapping.studyId() != null ? mapping.studyId() : file.defaultStudyId();
    }

    @Override
    protected String subjectIdOf(CsvHeader header, List<String> fields) {
      return table.subjectId().value(header, fields);
    }

    @Override
    protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
      CsvHeader h = row.header();
      List<String> f = row.fields();
      if (table.where() != null && !table.where().test(h, f)) {
        return;
      }
      String study = studyIdOf(h, f, row.file());
      String subject = table.subjectId().value(h, f);
      if (subject == null) {
        throw IngestErrors.requiredValueMissing(table.subjectId().columnName(h), "the subject id");
      }
      String site = value(table.siteId(), h, f);
      String visit = value(table.visit(), h, f);
      // Scores become observations once the row's minutes from the infusion start are read (last).
      List<RowScore> scores = new ArrayList<>();
      if (!table.wideScores().isEmpty()) {
        RecordTime time = null;
        for (MappedTable.WideScore w : table.wideScores()) {
          String v = scoreValue(h.value(f, w.column()));
          if (v == null) {
            continue;
          }
          if (time == null) {
            time = time(table.date(), table.time(), table.studyDay(), h, f);
          }
          String column = h.firstPresent(w.column()).orElse(w.column());
          scores.add(new RowScore(w.scale(), w.item(), v, column, time));
        }
      }
      if (table.longScores() != null) {
        MappedTable.LongScores l = table.longScores();
        String scaleText = l.scale().value(h, f);
        if (scaleText == null) {
          throw IngestErrors.requiredValueMissing(l.scale().columnName(h), "the scale");
        }
        ScaleDefinition scale =
            context
                .registry()
                .resolve(scaleText)
                .orElseThrow(
                    () -> IngestErrors.unknownScale(l.scale().columnName(h), "scale", scaleText));
        String itemText = l.item().value(h, f);
        if (itemText == null) {
          throw IngestErrors.requiredValueMissing(l.item().columnName(h), "the item");
        }
        int item = ItemNumbers.parse(scale, itemText, l.item().columnName(h));
        RecordTime time = time(table.date(), table.time(), table.studyDay(), h, f);
        scores.add(
            new RowScore(
                scale.id(),
                item,
                scoreValue(l.score().value(h, f)),
                l.score().columnName(h),
                time));
      }
      List<InfusionObservation> infusions = new ArrayList<>();
      for (MappedTable.InfusionSpec i : table.infusions()) {
        if (i.when() != null && !i.when().test(h, f)) {
          continue;
        }
        boolean ownTime = i.date() != null || i.studyDay() != null;
        RecordTime time =
            ownTime
                ? time(i.date(), i.time(), i.studyDay(), h, f)
                : time(
                    table.date(),
                    i.time() != null ? i.time() : table.time(),
                    table.studyDay(),
                    h,
                    f);
        infusions.add(
            Observations.infusion(
                study,
                site,
                subject,
                time,
                dose(i.doseMgPerKg(), h, f),
                dose(i.doseMg(), h, f),
                value(i.route(), h, f),
                value(i.drug(), h, f),
                value(i.course(), h, f),
                row.origin()));
      }
      SubjectObservation demographics = null;
      MappedTable.Demographics d = table.demographics();
      if (d != null) {
        TimeParsing.DateTimeValue reference = date(d.referenceDate(), h, f);
        demographics =
            Ages.unlessEmpty(
                Ages.subject(
                    study,
                    subject,
                    site,
                    value(d.sex(), h, f),
                    value(d.age(), h, f),
                    d.age() == null ? "age" : d.age().columnName(h),
                    value(d.arm(), h, f),
                    reference == null ? null : reference.date(),
                    row.origin()));
      }
      Integer minutes =
          table.minutesFromStart() == null
              ? null
              : ElapsedTime.parseMinutes(
                  table.minutesFromStart().value(h, f), table.minutesFromStart().columnName(h));
      List<VitalObservation> vitals = new ArrayList<>();
      RecordTime vitalTime = null;
      for (MappedTable.VitalColumn v : table.vitals()) {
        String text = h.value(f, v.column());
        if (text == null) {
          continue;
        }
        if (vitalTime == null) {
          vitalTime = time(table.date(), table.time(), table.studyDay(), h, f);
        }
        String column = h.firstPresent(v.column()).orElse(v.column());
        VitalTests.Test test = VitalTests.test(v.test()).orElseThrow();
        VitalTests.Reading reading = VitalTests.canonical(test, text, column, v.unit(), column);
        vitals.add(
            Observations.vital(
                study, site, subject, test, reading, vitalTime, minutes, null, row.origin()));
      }
      for (RowScore s : scores) {
        sink.score(
            Observations.score(
                study,
                site,
                subject,
                s.scale(),
                s.item(),
                s.value(),
                s.column(),
                s.time(),
                visit,
                row.origin(),
                minutes));
      }
      vitals.forEach(sink::vital);
      infusions.forEach(sink::infusion);
      if (demographics != null) {
        sink.subject(demographics);
      }
    }

    /** A score of a row before the row's minutes from the infusion start are known. */
    private record RowScore(String scale, int item, String value, String column, RecordTime time) {}

    private String scoreValue(String text) {
      if (text == null) {
        return null;
      }
      for (Map.Entry<String, String> e : table.scoreValues().entrySet()) {
        if (e.getKey().equalsIgnoreCase(text)) {
          return e.getValue();
        }
      }
      return text;
    }

    private static String value(FieldSource s, CsvHeader h, List<String> f) {
      return s == null ? null : s.value(h, f);
    }

    private static Double dose(FieldSource s, CsvHeader h, List<String> f) {
      return s == null ? null : Doses.parse(s.value(h, f), s.columnName(h));
    }

    private static TimeParsing.DateTimeValue date(FieldSource s, CsvHeader h, List<String> f) {
      if (s == null) {
        return null;
      }
      String v = s.value(h, f);
      return s.format() == null
          ? TimeParsing.parseDateTime(v, s.columnName(h))
          : TimeParsing.parseDateTime(v, s.columnName(h), FieldSource.formatter(s.format()));
    }

    private static RecordTime time(
        FieldSource date, FieldSource time, FieldSource day, CsvHeader h, List<String> f) {
      TimeParsing.DateTimeValue dt = date(date, h, f);
      Integer studyDay =
          day == null ? null : TimeParsing.parseStudyDay(day.value(h, f), day.columnName(h));
      LocalTime tod =
          time == null ? null : TimeParsing.parseTime(time.value(h, f), time.columnName(h));
      return RecordTime.of(
          dt,
          studyDay,
          tod,
          date == null ? null : date.columnName(h),
          day == null ? null : day.columnName(h));
    }
  }
}
