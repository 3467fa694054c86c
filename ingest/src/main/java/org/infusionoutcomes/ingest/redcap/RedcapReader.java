package org.infusionoutcomes.ingest.redcap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infusionoutcomes.ingest.config.DefinitionException;
import org.infusionoutcomes.ingest.csv.CsvHeader;
import org.infusionoutcomes.ingest.csv.CsvRow;
import org.infusionoutcomes.ingest.csv.CsvSourceReader;
import org.infusionoutcomes.ingest.mapping.MappingFile;
import org.infusionoutcomes.ingest.mapping.MappingRefusals;
import org.infusionoutcomes.ingest.mapping.RedcapMapping;
import org.infusionoutcomes.ingest.read.Observations;
import org.infusionoutcomes.ingest.read.ReadContext;
import org.infusionoutcomes.ingest.read.RecordSink;
import org.infusionoutcomes.ingest.read.SourceReader;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFile;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.ElapsedTime;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Ages;
import org.infusionoutcomes.ingest.value.Doses;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * A REDCap raw CSV export (docs/formats.md, "REDCap raw CSV export"), the records export of the API
 * or the "CSV / Microsoft Excel (raw data)" download.
 *
 * <ul>
 *   <li>Subject: the record id field ({@code record_id}, else the first column, which is always the
 *       record id in REDCap exports). Study: a mapping file's {@code study_id}, else a {@code
 *       study_id} field that is not the record id, else the folder name or config. Site: {@code
 *       site_id}, else the data access group ({@code redcap_data_access_group}). Visit: {@code
 *       redcap_event_name}.
 *   <li>A row carries a scale when any of its item or total fields is filled, and an infusion when
 *       any infusion field is; one row may carry several scales, an infusion and subject fields
 *       ({@code sex}, {@code age}, {@code arm}). Empty cells are missing values; values stay text
 *       (scoring judges them).
 *   <li>An assessment's date is its date field (a date or a REDCap date-time), else the survey
 *       timestamp of its instrument ({@code madrs_timestamp}); {@code [not completed]} is no
 *       timestamp.
 *   <li>The repeating instrument {@code vitals}: {@code vitals_date}, {@code vitals_time}, {@code
 *       vitals_minutes} (minutes from the infusion start) and the readings {@code sbp}, {@code
 *       dbp}, {@code pulse}, {@code spo2} in mmHg, beats/min and %; a bad reading rejects its row.
 *   <li>Everything else is ignored: {@code *_complete}, checkbox {@code ___} columns, {@code
 *       redcap_repeat_instrument}/{@code _instance} (repeating instruments simply yield one row
 *       each), {@code redcap_survey_identifier}, other instruments.
 *   <li>A project whose header holds none of the fields read (no scale, infusion or subject field)
 *       is refused as a whole, naming the fields expected; a {@code format: redcap} mapping file
 *       names a project's own fields.
 * </ul>
 */
public final class RedcapReader implements SourceReader {

  @Override
  public long read(SourceFile file, InputStream in, ReadContext context, RecordSink sink)
      throws IOException {
    Optional<RedcapLayout> layout =
        MappingRefusals.attempt(file, sink, () -> layout(file, context));
    return layout.isEmpty() ? 0 : new Records(layout.get()).read(file, in, context, sink);
  }

  /**
   * The fields of {@code file}: the defaults, or those its {@code format: redcap} mapping names.
   */
  private static RedcapLayout layout(SourceFile file, ReadContext context) {
    MappingFile mapping =
        file.mapping() == null ? null : MappingFile.parse(file.mapping(), context.registry());
    if (mapping != null && mapping.format() != SourceFormat.REDCAP) {
      throw new DefinitionException(
          mapping.file(),
          "format",
          "is '" + mapping.format().id() + "', but this file is read as a REDCap export");
    }
    return RedcapLayout.of(
        context.registry(),
        mapping == null ? null : mapping.redcap(),
        mapping == null ? null : mapping.studyId());
  }

  /** The default fields of the repeating {@code vitals} instrument and the test each holds. */
  static final Map<String, String> VITAL_FIELDS =
      new java.util.LinkedHashMap<>(
          Map.of("sbp", "SYSBP", "dbp", "DIABP", "pulse", "PULSE", "spo2", "SPO2"));

  static final String VITALS_DATE = "vitals_date";
  static final String VITALS_TIME = "vitals_time";
  static final String VITALS_MINUTES = "vitals_minutes";

  /** The CSV frame with one layout. */
  private static final class Records extends CsvSourceReader {
    private final RedcapLayout layout;
    private String recordIdColumn;
    private String studyColumn;
    private List<RedcapLayout.ScaleFields> scales;

    Records(RedcapLayout layout) {
      this.layout = layout;
    }

    private String recordIdColumn(CsvHeader header) {
      if (layout.recordId() != null) {
        return layout.recordId();
      }
      return header.has("record_id") || header.size() == 0 ? "record_id" : header.nameAt(0);
    }

    @Override
    protected List<String> requiredColumns(CsvHeader header) {
      return List.of(recordIdColumn(header));
    }

    @Override
    protected Optional<String> headerProblem(CsvHeader header) {
      boolean any =
          layout.scales().stream().flatMap(s -> s.valueFields().stream()).anyMatch(header::has)
              || layout.infusion().all().stream().anyMatch(header::has)
              || header.has(layout.sex())
              || header.has(layout.age())
              || header.has(layout.arm())
              || VITAL_FIELDS.keySet().stream().anyMatch(header::has);
      if (any) {
        return Optional.empty();
      }
      return Optional.of(
          "the REDCap export holds none of the fields the pipeline reads (scale items such as madrs_1 or phq9_1, totals such as"
              + " madrs_total, "
              + layout.infusion().date()
              + ", sex, age, arm); name the project's fields in a mapping file"
              + " with 'format: redcap' - the file is not read");
    }

    @Override
    protected void start(SourceFile file, CsvHeader header, ReadContext context) {
      recordIdColumn = recordIdColumn(header);
      String study = layout.studyId() != null ? layout.studyId() : "study_id";
      studyColumn = header.has(study) && !study.equalsIgnoreCase(recordIdColumn) ? study : null;
      scales =
          layout.scales().stream()
              .filter(s -> s.valueFields().stream().anyMatch(header::has))
              .toList();
    }

    @Override
    protected String studyIdOf(CsvHeader header, List<String> fields, SourceFile file) {
      if (layout.studyConstant() != null) {
        return layout.studyConstant();
      }
      String v = studyColumn == null ? null : header.value(fields, studyColumn);
      return v != null ? v : file.defaultStudyId();
    }

    @Override
    protected String subjectIdOf(CsvHeader header, List<String> fields) {
      return header.value(fields, recordIdColumn(header));
    }

    @Override
    protected void readRecord(CsvRow row, ReadContext context, RecordSink sink) {
      CsvHeader h = row.header();
      List<String> f = row.fields();
      String subject = required(h, f, recordIdColumn);
      String study = studyIdOf(h, f, row.file());
      String site = layout.siteId() != null ? h.value(f, layout.siteId()) : h.value(f, "site_id");
      if (site == null) {
        site = h.value(f, "redcap_data_access_group");
      }
      String visit = h.value(f, "redcap_event_name");

      List<ScoreObservation> scores = new ArrayList<>();
      for (RedcapLayout.ScaleFields s : scales) {
        if (s.valueFields().stream().allMatch(field -> h.value(f, field) == null)) {
          continue;
        }
        RecordTime time = assessmentTime(s, h, f);
        for (int i = 0; i < s.items().size(); i++) {
          String field = s.items().get(i);
          String v = field == null ? null : h.value(f, field);
          if (v != null) {
            scores.add(
                score(
                    study,
                    site,
                    subject,
                    s,
                    i + 1,
                    v,
                    columnName(h, field),
                    time,
                    visit,
                    row.origin()));
          }
        }
        String total = s.total() == null ? null : h.value(f, s.total());
        if (total != null) {
          scores.add(
              score(
                  study,
                  site,
                  subject,
                  s,
                  0,
                  total,
                  columnName(h, s.total()),
                  time,
                  visit,
                  row.origin()));
        }
      }

      InfusionObservation infusion = null;
      RedcapMapping.InfusionFields inf = layout.infusion();
      if (inf.all().stream().anyMatch(field -> h.value(f, field) != null)) {
        RecordTime time =
            RecordTime.parse(
                h.value(f, inf.date()),
                columnName(h, inf.date()),
                null,
                null,
                h.value(f, inf.time()),
                columnName(h, inf.time()));
        infusion =
            Observations.infusion(
                study,
                site,
                subject,
                time,
                Doses.parse(h.value(f, inf.doseMgPerKg()), columnName(h, inf.doseMgPerKg())),
                Doses.parse(h.value(f, inf.doseMg()), columnName(h, inf.doseMg())),
                h.value(f, inf.route()),
                h.value(f, inf.drug()),
                h.value(f, inf.course()),
                row.origin());
      }

      SubjectObservation demographics =
          Ages.unlessEmpty(
              Ages.subject(
                  study,
                  subject,
                  site,
                  h.value(f, layout.sex()),
                  h.value(f, layout.age()),
                  columnName(h, layout.age()),
                  h.value(f, layout.arm()),
                  null,
                  row.origin()));

      List<VitalObservation> vitals = new ArrayList<>();
      List<String> filled =
          VITAL_FIELDS.keySet().stream().sorted().filter(v -> h.value(f, v) != null).toList();
      if (!filled.isEmpty()) {
        RecordTime time =
            RecordTime.parse(
                h.value(f, VITALS_DATE),
                columnName(h, VITALS_DATE),
                null,
                null,
                h.value(f, VITALS_TIME),
                columnName(h, VITALS_TIME));
        Integer minutes =
            ElapsedTime.parseMinutes(h.value(f, VITALS_MINUTES), columnName(h, VITALS_MINUTES));
        for (String field : filled) {
          VitalTests.Test test = VitalTests.test(VITAL_FIELDS.get(field)).orElseThrow();
          VitalTests.Reading reading =
              VitalTests.canonical(test, h.value(f, field), columnName(h, field), null, null);
          vitals.add(
              Observations.vital(
                  study, site, subject, test, reading, time, minutes, null, row.origin()));
        }
      }

      scores.forEach(sink::score);
      vitals.forEach(sink::vital);
      if (infusion != null) {
        sink.infusion(infusion);
      }
      if (demographics != null) {
        sink.subject(demographics);
      }
    }

    /**
     * The assessment's date field, else its survey timestamp; {@code [not completed]} is no
     * timestamp.
     */
    private static RecordTime assessmentTime(
        RedcapLayout.ScaleFields s, CsvHeader h, List<String> f) {
      String dateField = s.date();
      String date = dateField == null ? null : h.value(f, dateField);
      if (date == null && s.timestamp() != null) {
        String stamp = h.value(f, s.timestamp());
        if (stamp != null && !stamp.equalsIgnoreCase("[not completed]")) {
          date = stamp;
          dateField = s.timestamp();
        }
      }
      String column =
          dateField == null
              ? s.scale().id().toLowerCase(java.util.Locale.ROOT) + " date"
              : columnName(h, dateField);
      TimeParsing.DateTimeValue dt = TimeParsing.parseDateTime(date, column);
      return RecordTime.of(
          dt,
          null,
          TimeParsing.parseTime(s.time() == null ? null : h.value(f, s.time()), s.time()),
          column,
          null);
    }

    private static ScoreObservation score(
        String study,
        String site,
        String subject,
        RedcapLayout.ScaleFields s,
        int item,
        String value,
        String column,
        RecordTime time,
        String visit,
        Origin origin) {
      return Observations.score(
          study, site, subject, s.scale().id(), item, value, column, time, visit, origin, null);
    }
  }
}
