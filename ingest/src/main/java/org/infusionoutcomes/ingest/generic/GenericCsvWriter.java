package org.infusionoutcomes.ingest.generic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.StudyWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as the generic CSV interchange format (SPEC §3.1): {@code scores.csv} (one row per
 * answered item, plus a {@code total} row when the assessment has a reported total), {@code
 * infusions.csv} and {@code subjects.csv}; with safety data also {@code cadss.csv} (session ratings
 * with {@code minutes_from_start}), {@code vitals.csv} and {@code adverse_events.csv}; with
 * medications {@code medications.csv}.
 */
public final class GenericCsvWriter implements StudyWriter {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  @Override
  public String formatId() {
    return "generic";
  }

  @Override
  public List<Path> write(SyntheticStudy study, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Path scores = dir.resolve("scores.csv");
    try (Writer w = Files.newBufferedWriter(scores, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "site_id",
          "subject_id",
          "instrument",
          "visit",
          "assessment_date",
          "study_day",
          "assessment_time",
          "item",
          "score");
      for (Assessment a : study.assessments()) {
        for (int i = 0; i < a.items().size(); i++) {
          Integer v = a.items().get(i);
          if (v != null) {
            p.printRecord(prefix(a, Integer.toString(i + 1), v.toString()));
          }
        }
        if (a.reportedTotal() != null) {
          p.printRecord(prefix(a, "total", Numbers.plain(a.reportedTotal())));
        }
      }
    }
    files.add(scores);
    Path infusions = dir.resolve("infusions.csv");
    try (Writer w = Files.newBufferedWriter(infusions, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "site_id",
          "subject_id",
          "infusion_date",
          "study_day",
          "infusion_time",
          "dose_mg_per_kg",
          "dose_mg",
          "route",
          "drug",
          "course");
      for (Infusion i : study.infusions()) {
        p.printRecord(
            i.studyId(),
            i.siteId(),
            i.subjectId(),
            i.infusionDate(),
            i.studyDay(),
            i.infusionTime(),
            i.doseMgPerKg() == null ? null : Numbers.plain(i.doseMgPerKg()),
            i.doseMg() == null ? null : Numbers.plain(i.doseMg()),
            i.route(),
            i.drug(),
            i.courseLabel());
      }
    }
    files.add(infusions);
    Path subjects = dir.resolve("subjects.csv");
    try (Writer w = Files.newBufferedWriter(subjects, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord("study_id", "subject_id", "site_id", "sex", "age", "arm", "reference_date");
      for (Subject s : study.subjects()) {
        p.printRecord(
            s.studyId(), s.subjectId(), s.siteId(), s.sex(), s.age(), s.arm(), s.referenceDate());
      }
    }
    files.add(subjects);
    if (!study.sessionRatings().isEmpty()) {
      files.add(writeSessionRatings(study, dir.resolve("cadss.csv")));
    }
    if (!study.vitalSigns().isEmpty()) {
      files.add(writeVitals(study, dir.resolve("vitals.csv")));
    }
    if (!study.adverseEvents().isEmpty()) {
      files.add(writeAdverseEvents(study, dir.resolve("adverse_events.csv")));
    }
    if (!study.medications().isEmpty()) {
      files.add(writeMedications(study, dir.resolve("medications.csv")));
    }
    return files;
  }

  /** Session ratings (their totals) as a scores file with {@code minutes_from_start}. */
  private static Path writeSessionRatings(SyntheticStudy study, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "site_id",
          "subject_id",
          "instrument",
          "visit",
          "assessment_date",
          "study_day",
          "assessment_time",
          "minutes_from_start",
          "item",
          "score");
      // Session ratings are written as totals, as clinics chart them during a session.
      for (Assessment a : study.sessionRatings()) {
        List<Object> row = prefix(a, "total", Numbers.plain(a.totalScore()));
        row.add(8, a.minutesFromStart());
        p.printRecord(row);
      }
    }
    return file;
  }

  private static Path writeVitals(SyntheticStudy study, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "site_id",
          "subject_id",
          "test",
          "value",
          "unit",
          "measured_date",
          "study_day",
          "measured_time",
          "minutes_from_start");
      for (VitalSign v : study.vitalSigns()) {
        p.printRecord(
            v.studyId(),
            v.siteId(),
            v.subjectId(),
            v.test(),
            Numbers.plain(v.value()),
            v.unit(),
            v.measuredDate(),
            v.studyDay(),
            v.measuredTime(),
            v.minutesFromStart());
      }
    }
    return file;
  }

  private static Path writeAdverseEvents(SyntheticStudy study, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "subject_id",
          "term",
          "preferred_term",
          "body_system",
          "severity",
          "serious",
          "related",
          "start_date",
          "end_date");
      for (AdverseEvent a : study.adverseEvents()) {
        p.printRecord(
            a.studyId(),
            a.subjectId(),
            a.term(),
            a.preferredTerm(),
            a.bodySystem(),
            a.severity(),
            a.serious() == null ? null : a.serious() ? "Y" : "N",
            a.related(),
            a.onsetDate(),
            a.onsetDate() == null || a.endDay() == null || a.onsetDay() == null
                ? null
                : a.onsetDate().plusDays(a.endDay() - a.onsetDay()));
      }
    }
    return file;
  }

  /** Medications with dates as the generator made them (possibly partial); no study days. */
  private static Path writeMedications(SyntheticStudy study, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      p.printRecord(
          "study_id",
          "subject_id",
          "drug",
          "start_date",
          "end_date",
          "ongoing",
          "dose",
          "unit",
          "route",
          "frequency");
      for (Medication m : study.medications()) {
        p.printRecord(
            m.studyId(),
            m.subjectId(),
            m.drug(),
            m.startDate(),
            m.endDate(),
            m.ongoing() ? "Y" : "N",
            m.dose() == null ? null : Numbers.plain(m.dose()),
            m.doseUnit(),
            m.route(),
            m.frequency());
      }
    }
    return file;
  }

  private static List<Object> prefix(Assessment a, String item, String score) {
    List<Object> row = new ArrayList<>();
    row.add(a.studyId());
    row.add(a.siteId());
    row.add(a.subjectId());
    row.add(a.scale());
    row.add(a.visit());
    row.add(a.assessmentDate());
    row.add(a.studyDay());
    row.add(a.assessmentTime());
    row.add(item);
    row.add(score);
    return row;
  }
}
