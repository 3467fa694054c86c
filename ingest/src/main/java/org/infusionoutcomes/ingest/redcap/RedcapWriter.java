package org.infusionoutcomes.ingest.redcap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.mapping.RedcapMapping;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.CsvOutput;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as one REDCap raw CSV export ({@code redcap_export.csv}), the inverse of {@link
 * RedcapReader} with the default field names: one row per subject for {@code sex, age, arm}; per
 * subject and visit ({@code redcap_event_name}) one row holding every scale assessed there, with
 * further assessments of a scale in the same event as repeating-instrument rows; one
 * repeating-instrument row ({@code infusion}) per infusion. Dates are written as REDCap date-times
 * ({@code YYYY-MM-DD HH:MM}). The site is the data access group. Vital signs (SBP, DBP, pulse,
 * SpO2) are rows of the repeating instrument {@code vitals}, one per session time point.
 *
 * <p>REDCap holds calendar dates: an assessment or infusion with only a study day cannot be written
 * ({@link IllegalArgumentException}), nor can a subject's reference date.
 */
public final class RedcapWriter implements StudyWriter {

  private final ScaleRegistry registry;

  /** A writer using the default field names of {@code registry}. */
  public RedcapWriter(ScaleRegistry registry) {
    this.registry = registry;
  }

  /** A writer using the shipped scales. */
  public RedcapWriter() {
    this(ScaleRegistry.shipped());
  }

  @Override
  public boolean carriesReferenceDate() {
    return false;
  }

  @Override
  public String formatId() {
    return "redcap";
  }

  @Override
  public List<Path> write(SyntheticStudy study, Path dir) throws IOException {
    RedcapLayout layout = RedcapLayout.of(registry, null, null);
    Map<String, RedcapLayout.ScaleFields> fieldsByScale = new HashMap<>();
    layout.scales().forEach(s -> fieldsByScale.put(s.scale().id(), s));
    Set<String> scalesUsed = new LinkedHashSet<>();
    for (Assessment a : study.assessments()) {
      if (!fieldsByScale.containsKey(a.scale())) {
        throw new IllegalArgumentException("scale " + a.scale() + " has no REDCap field names");
      }
      scalesUsed.add(a.scale());
    }
    List<String> columns =
        new ArrayList<>(
            List.of(
                "record_id",
                "redcap_event_name",
                "redcap_repeat_instrument",
                "redcap_repeat_instance",
                "redcap_data_access_group",
                "study_id",
                "sex",
                "age",
                "arm",
                "demographics_complete"));
    for (String scale : scalesUsed) {
      RedcapLayout.ScaleFields s = fieldsByScale.get(scale);
      columns.add(s.date());
      columns.addAll(s.items());
      columns.add(s.total());
      columns.add(instrument(scale) + "_complete");
    }
    RedcapMapping.InfusionFields inf = layout.infusion();
    columns.addAll(
        List.of(
            inf.date(),
            inf.doseMgPerKg(),
            inf.doseMg(),
            inf.route(),
            inf.drug(),
            inf.course(),
            "infusion_complete"));
    if (!study.vitalSigns().isEmpty()) {
      columns.addAll(
          List.of(
              RedcapReader.VITALS_DATE,
              RedcapReader.VITALS_TIME,
              RedcapReader.VITALS_MINUTES,
              "sbp",
              "dbp",
              "pulse",
              "spo2",
              "vitals_complete"));
    }

    List<Map<String, String>> rows = new ArrayList<>();
    for (Subject s : study.subjects()) {
      if (s.referenceDate() != null) {
        throw new IllegalArgumentException(
            "subject "
                + s.subjectId()
                + " has a reference date, which a REDCap export does not carry");
      }
      Map<String, String> row = base(s.subjectId(), "", s.siteId(), s.studyId());
      put(row, "sex", s.sex());
      put(row, "age", s.age() == null ? null : s.age().toString());
      put(row, "arm", s.arm());
      row.put("demographics_complete", "2");
      rows.add(row);
    }
    // One event row per subject and visit; a scale seen again in that event repeats its instrument.
    Map<String, Map<String, String>> eventRows = new LinkedHashMap<>();
    Map<String, Integer> instances = new HashMap<>();
    for (Assessment a : study.assessments()) {
      if (a.assessmentDate() == null) {
        throw new IllegalArgumentException(
            a.scale()
                + " assessment of "
                + a.subjectId()
                + " has only a study day; REDCap exports carry calendar dates");
      }
      String event = a.visit() == null ? "" : a.visit();
      String key = a.subjectId() + "\u0000" + event;
      Map<String, String> row = eventRows.get(key);
      RedcapLayout.ScaleFields f = fieldsByScale.get(a.scale());
      if (row == null) {
        row = base(a.subjectId(), event, a.siteId(), a.studyId());
        eventRows.put(key, row);
        rows.add(row);
      } else if (row.containsKey(f.date())) {
        int instance = instances.merge(key + "\u0000" + a.scale(), 1, Integer::sum);
        row = base(a.subjectId(), event, a.siteId(), a.studyId());
        row.put("redcap_repeat_instrument", instrument(a.scale()));
        row.put("redcap_repeat_instance", Integer.toString(instance));
        rows.add(row);
      }
      row.put(f.date(), dateTime(a.assessmentDate(), a.assessmentTime()));
      for (int i = 0; i < a.items().size(); i++) {
        put(row, f.items().get(i), a.items().get(i) == null ? null : a.items().get(i).toString());
      }
      put(row, f.total(), a.reportedTotal() == null ? null : Numbers.plain(a.reportedTotal()));
      row.put(instrument(a.scale()) + "_complete", "2");
    }
    Map<String, Integer> infusionInstances = new HashMap<>();
    for (Infusion i : study.infusions()) {
      if (i.infusionDate() == null) {
        throw new IllegalArgumentException(
            "infusion of "
                + i.subjectId()
                + " has only a study day; REDCap exports carry calendar dates");
      }
      Map<String, String> row = base(i.subjectId(), "", i.siteId(), i.studyId());
      row.put("redcap_repeat_instrument", "infusion");
      row.put(
          "redcap_repeat_instance",
          Integer.toString(infusionInstances.merge(i.subjectId(), 1, Integer::sum)));
      row.put(inf.date(), dateTime(i.infusionDate(), i.infusionTime()));
      put(row, inf.doseMgPerKg(), i.doseMgPerKg() == null ? null : Numbers.plain(i.doseMgPerKg()));
      put(row, inf.doseMg(), i.doseMg() == null ? null : Numbers.plain(i.doseMg()));
      put(row, inf.route(), i.route());
      put(row, inf.drug(), i.drug());
      put(row, inf.course(), i.courseLabel());
      row.put("infusion_complete", "2");
      rows.add(row);
    }

    // One repeating 'vitals' row per subject, day, time and minutes from the start.
    Map<String, Map<String, String>> vitalRows = new LinkedHashMap<>();
    Map<String, Integer> vitalInstances = new HashMap<>();
    Map<String, String> fieldOfTest = new HashMap<>();
    RedcapReader.VITAL_FIELDS.forEach((field, test) -> fieldOfTest.put(test, field));
    for (VitalSign v : study.vitalSigns()) {
      String field = fieldOfTest.get(v.test());
      if (field == null) {
        throw new IllegalArgumentException(
            "vital sign " + v.test() + " has no field in the REDCap vitals instrument");
      }
      if (v.measuredDate() == null) {
        throw new IllegalArgumentException(
            "vital sign of " + v.subjectId() + " has only a study day; REDCap carries dates");
      }
      String key =
          v.subjectId()
              + "\u0000"
              + v.day()
              + "\u0000"
              + v.measuredTime()
              + "\u0000"
              + v.minutesFromStart();
      Map<String, String> row = vitalRows.get(key);
      if (row == null) {
        row = base(v.subjectId(), "", v.siteId(), v.studyId());
        row.put("redcap_repeat_instrument", "vitals");
        row.put(
            "redcap_repeat_instance",
            Integer.toString(vitalInstances.merge(v.subjectId(), 1, Integer::sum)));
        row.put(RedcapReader.VITALS_DATE, v.measuredDate().toString());
        put(
            row,
            RedcapReader.VITALS_TIME,
            v.measuredTime() == null ? null : v.measuredTime().toString());
        put(
            row,
            RedcapReader.VITALS_MINUTES,
            v.minutesFromStart() == null ? null : v.minutesFromStart().toString());
        row.put("vitals_complete", "2");
        vitalRows.put(key, row);
        rows.add(row);
      }
      row.put(field, Numbers.plain(v.value()));
    }

    Files.createDirectories(dir);
    Path out = dir.resolve("redcap_export.csv");
    CsvOutput.writeMaps(out, columns, rows, "");
    return List.of(out);
  }

  private static Map<String, String> base(String subject, String event, String site, String study) {
    Map<String, String> row = new HashMap<>();
    row.put("record_id", subject);
    row.put("redcap_event_name", event);
    put(row, "redcap_data_access_group", site);
    put(row, "study_id", study);
    return row;
  }

  private static void put(Map<String, String> row, String column, String value) {
    if (column != null && value != null) {
      row.put(column, value);
    }
  }

  /** The instrument name of a scale's default fields ({@code madrs_date} -> {@code madrs}). */
  private String instrument(String scale) {
    String date = registry.byId(scale).orElseThrow().codes().redcap().dateField();
    return date != null && date.endsWith("_date")
        ? date.substring(0, date.length() - 5)
        : scale.toLowerCase(Locale.ROOT);
  }

  /** A REDCap date-time ({@code YYYY-MM-DD HH:MM}, seconds when present) or date. */
  private static String dateTime(LocalDate date, LocalTime time) {
    return time == null ? date.toString() : date + " " + time;
  }
}
