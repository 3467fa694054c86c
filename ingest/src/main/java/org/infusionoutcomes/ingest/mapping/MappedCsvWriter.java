package org.infusionoutcomes.ingest.mapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.CsvOutput;
import org.infusionoutcomes.ingest.write.StudyFile;
import org.infusionoutcomes.ingest.write.StudyFileWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study the way a site's own spreadsheet export might look, plus the mapping file that
 * reads it back ({@link MappedCsvReader}): a wide {@code visits.csv} (one row per assessment
 * occasion, one column per item, US dates {@code MM/dd/yyyy}, {@code NA} for a missing item, PHQ-9
 * and GAD-7 answers as their response texts), {@code infusions.csv}, {@code subjects.csv} and
 * {@code site-export.mapping.yaml}.
 */
public final class MappedCsvWriter extends StudyFileWriter {
  /** The file name of the mapping written next to the data. */
  public static final String MAPPING_FILE = "site-export.mapping.yaml";

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

  /** Response texts of the 0..3 frequency scales (PHQ-9, GAD-7). */
  private static final List<String> FREQUENCY =
      List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

  private static final Set<String> FREQUENCY_SCALES = Set.of("PHQ9", "GAD7");

  /**
   * The infusion fields of {@code infusions.csv} after its time columns: the mapping key of each
   * and its column, for the header and the mapping alike.
   */
  private static final List<InfusionField> INFUSION_FIELDS =
      List.of(
          new InfusionField("dose_mg_per_kg", "dose_mgkg"),
          new InfusionField("dose_mg", "dose_mg"),
          new InfusionField("route", "route"),
          new InfusionField("drug", "drug"),
          new InfusionField("course", "course"));

  /** A field of an infusion mapping ({@code key}) and the column of the export that holds it. */
  private record InfusionField(String key, String column) {}

  private final ScaleRegistry registry;

  /** A writer for the scales of {@code registry}. */
  public MappedCsvWriter(ScaleRegistry registry) {
    super("mapped");
    this.registry = registry;
  }

  /** A writer using the shipped scales. */
  public MappedCsvWriter() {
    this(ScaleRegistry.shipped());
  }

  @Override
  protected List<StudyFile> files(SyntheticStudy study) {
    Set<String> scales = new LinkedHashSet<>();
    study.assessments().forEach(a -> scales.add(a.scale()));

    List<String> header =
        new ArrayList<>(List.of("participant", "site", "visit", "visit_date", "visit_time", "day"));
    for (String scale : scales) {
      ScaleDefinition s =
          registry
              .byId(scale)
              .orElseThrow(() -> IngestErrors.unknownScale("scale", "scale", scale));
      for (int i = 1; i <= s.itemCount(); i++) {
        header.add(column(scale, Integer.toString(i)));
      }
      header.add(column(scale, "total"));
    }
    // One row per occasion (subject, visit, date, day, time); a scale seen twice there gets a new
    // row.
    Map<String, List<Map<String, String>>> occasions = new LinkedHashMap<>();
    for (Assessment a : study.assessments()) {
      String key =
          String.join(
              "\u0000",
              a.subjectId(),
              String.valueOf(a.visit()),
              String.valueOf(a.assessmentDate()),
              String.valueOf(a.studyDay()),
              String.valueOf(a.assessmentTime()),
              String.valueOf(a.siteId()));
      List<Map<String, String>> rows = occasions.computeIfAbsent(key, k -> new ArrayList<>());
      Map<String, String> row =
          rows.stream()
              .filter(r -> !r.containsKey(column(a.scale(), "present")))
              .findFirst()
              .orElse(null);
      if (row == null) {
        row = new LinkedHashMap<>();
        row.put("participant", a.subjectId());
        row.put("site", nz(a.siteId()));
        row.put("visit", nz(a.visit()));
        row.put("visit_date", usDate(a.assessmentDate()));
        row.put("visit_time", a.assessmentTime() == null ? "" : a.assessmentTime().toString());
        row.put("day", a.studyDay() == null ? "" : a.studyDay().toString());
        rows.add(row);
      }
      row.put(column(a.scale(), "present"), "");
      boolean text = FREQUENCY_SCALES.contains(a.scale());
      for (int i = 0; i < a.items().size(); i++) {
        Integer v = a.items().get(i);
        row.put(
            column(a.scale(), Integer.toString(i + 1)),
            v == null ? "NA" : text && v >= 0 && v < 4 ? FREQUENCY.get(v) : v.toString());
      }
      row.put(
          column(a.scale(), "total"),
          a.reportedTotal() == null ? "NA" : Numbers.plain(a.reportedTotal()));
    }
    List<Map<String, String>> visits = occasions.values().stream().flatMap(List::stream).toList();
    List<StudyFile> files = new ArrayList<>();
    files.add(new StudyFile("visits.csv", file -> CsvOutput.writeMaps(file, header, visits, "NA")));
    files.add(
        StudyFile.csv(
            "infusions.csv",
            infusionHeader(),
            study.infusions(),
            (i, p) ->
                p.printRecord(
                    i.subjectId(),
                    nz(i.siteId()),
                    usDate(i.infusionDate()),
                    i.infusionTime() == null ? "" : i.infusionTime(),
                    i.studyDay() == null ? "" : i.studyDay(),
                    i.doseMgPerKg() == null ? "" : Numbers.plain(i.doseMgPerKg()),
                    i.doseMg() == null ? "" : Numbers.plain(i.doseMg()),
                    nz(i.route()),
                    nz(i.drug()),
                    nz(i.courseLabel()))));
    files.add(
        StudyFile.csv(
            "subjects.csv",
            List.of("participant", "site", "sex", "age", "arm", "day1_date"),
            study.subjects(),
            (s, p) ->
                p.printRecord(
                    s.subjectId(),
                    nz(s.siteId()),
                    nz(s.sex()),
                    s.age() == null ? "" : s.age(),
                    nz(s.arm()),
                    usDate(s.referenceDate()))));
    String mapping = mappingText(study.studyId(), scales);
    files.add(
        new StudyFile(
            MAPPING_FILE, file -> Files.writeString(file, mapping, StandardCharsets.UTF_8)));
    return files;
  }

  private String mappingText(String studyId, Set<String> scales) {
    StringBuilder y = new StringBuilder();
    y.append("# Written by MappedCsvWriter: a wide site export read through a mapping file.\n");
    y.append("format: mapped\n");
    y.append("study_id: ").append(quote(studyId)).append('\n');
    y.append("tables:\n");
    y.append("  - files: visits.csv\n");
    y.append("    missing_values: [NA]\n");
    y.append("    subject_id: participant\n");
    y.append("    site_id: site\n");
    y.append("    visit: visit\n");
    y.append("    date: {column: visit_date, format: MM/dd/yyyy}\n");
    y.append("    time: visit_time\n");
    y.append("    study_day: day\n");
    y.append("    score_values:\n");
    for (int i = 0; i < FREQUENCY.size(); i++) {
      y.append("      ").append(quote(FREQUENCY.get(i))).append(": ").append(i).append('\n');
    }
    y.append("    scores:\n");
    for (String scale : scales) {
      ScaleDefinition s = registry.byId(scale).orElseThrow();
      for (int i = 1; i <= s.itemCount(); i++) {
        y.append("      - {column: ")
            .append(column(scale, Integer.toString(i)))
            .append(", scale: ")
            .append(scale)
            .append(", item: ")
            .append(i)
            .append("}\n");
      }
      y.append("      - {column: ")
          .append(column(scale, "total"))
          .append(", scale: ")
          .append(scale)
          .append(", item: total}\n");
    }
    y.append("  - files: infusions.csv\n");
    y.append("    subject_id: participant\n");
    y.append("    site_id: site\n");
    y.append("    date: {column: infusion_date, format: MM/dd/yyyy}\n");
    y.append("    time: infusion_time\n");
    y.append("    study_day: day\n");
    y.append("    infusions:\n");
    y.append("      - {")
        .append(
            String.join(
                ", ", INFUSION_FIELDS.stream().map(f -> f.key() + ": " + f.column()).toList()))
        .append("}\n");
    y.append("  - files: subjects.csv\n");
    y.append("    subject_id: participant\n");
    y.append("    site_id: site\n");
    y.append(
        "    demographics: {sex: sex, age: age, arm: arm, reference_date: {column: day1_date, format: MM/dd/yyyy}}\n");
    return y.toString();
  }

  private static List<String> infusionHeader() {
    List<String> header =
        new ArrayList<>(List.of("participant", "site", "infusion_date", "infusion_time", "day"));
    INFUSION_FIELDS.forEach(f -> header.add(f.column()));
    return header;
  }

  private static String column(String scale, String item) {
    return scale.toLowerCase(Locale.ROOT) + "_" + item;
  }

  private static String usDate(LocalDate d) {
    return d == null ? "" : US_DATE.format(d);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
