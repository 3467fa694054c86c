package org.infusionoutcomes.ingest.generic;

import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.value.Numbers;
import org.infusionoutcomes.ingest.write.StudyFile;
import org.infusionoutcomes.ingest.write.StudyFileWriter;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Writes a study as the generic CSV interchange format (docs/formats.md): {@code scores.csv} (one
 * row per answered item, plus a {@code total} row when the assessment has a reported total), {@code
 * infusions.csv} and {@code subjects.csv}; with safety data also {@code cadss.csv} (session ratings
 * with {@code minutes_from_start}), {@code vitals.csv} and {@code adverse_events.csv}; with
 * medications {@code medications.csv}.
 */
public final class GenericCsvWriter extends StudyFileWriter {
  /** The columns of a scores file, in order (the values {@link #prefix} gives). */
  private static final List<String> SCORE_COLUMNS =
      List.of(
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

  /** Where a session-ratings file puts {@code minutes_from_start}: before {@code item}. */
  private static final int MINUTES_FROM_START = SCORE_COLUMNS.indexOf("item");

  /** A generic-CSV writer. */
  public GenericCsvWriter() {
    super("generic");
  }

  @Override
  protected List<StudyFile> files(SyntheticStudy study) {
    List<StudyFile> files = new ArrayList<>();
    files.add(
        StudyFile.csv(
            "scores.csv",
            SCORE_COLUMNS,
            study.assessments(),
            (a, p) -> {
              for (int i = 0; i < a.items().size(); i++) {
                Integer v = a.items().get(i);
                if (v != null) {
                  p.printRecord(prefix(a, Integer.toString(i + 1), v.toString()));
                }
              }
              if (a.reportedTotal() != null) {
                p.printRecord(prefix(a, "total", Numbers.plain(a.reportedTotal())));
              }
            }));
    files.add(
        StudyFile.csv(
            "infusions.csv",
            List.of(
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
                "course"),
            study.infusions(),
            (i, p) ->
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
                    i.courseLabel())));
    files.add(
        StudyFile.csv(
            "subjects.csv",
            List.of("study_id", "subject_id", "site_id", "sex", "age", "arm", "reference_date"),
            study.subjects(),
            (s, p) ->
                p.printRecord(
                    s.studyId(),
                    s.subjectId(),
                    s.siteId(),
                    s.sex(),
                    s.age(),
                    s.arm(),
                    s.referenceDate())));
    if (!study.sessionRatings().isEmpty()) {
      files.add(sessionRatings(study));
    }
    if (!study.vitalSigns().isEmpty()) {
      files.add(vitals(study));
    }
    if (!study.adverseEvents().isEmpty()) {
      files.add(adverseEvents(study));
    }
    if (!study.medications().isEmpty()) {
      files.add(medications(study));
    }
    return files;
  }

  /** Session ratings (their totals) as a scores file with {@code minutes_from_start}. */
  private static StudyFile sessionRatings(SyntheticStudy study) {
    // Session ratings are written as totals, as clinics chart them during a session.
    return StudyFile.csv(
        "cadss.csv",
        withMinutesFromStart(SCORE_COLUMNS, "minutes_from_start"),
        study.sessionRatings(),
        (a, p) -> {
          p.printRecord(
              withMinutesFromStart(
                  prefix(a, "total", Numbers.plain(a.totalScore())), a.minutesFromStart()));
        });
  }

  private static StudyFile vitals(SyntheticStudy study) {
    return StudyFile.csv(
        "vitals.csv",
        List.of(
            "study_id",
            "site_id",
            "subject_id",
            "test",
            "value",
            "unit",
            "measured_date",
            "study_day",
            "measured_time",
            "minutes_from_start"),
        study.vitalSigns(),
        (v, p) ->
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
                v.minutesFromStart()));
  }

  private static StudyFile adverseEvents(SyntheticStudy study) {
    return StudyFile.csv(
        "adverse_events.csv",
        List.of(
            "study_id",
            "subject_id",
            "term",
            "preferred_term",
            "body_system",
            "severity",
            "serious",
            "related",
            "start_date",
            "end_date"),
        study.adverseEvents(),
        (a, p) ->
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
                    : a.onsetDate().plusDays(a.endDay() - a.onsetDay())));
  }

  /** Medications with dates as the generator made them (possibly partial); no study days. */
  private static StudyFile medications(SyntheticStudy study) {
    return StudyFile.csv(
        "medications.csv",
        List.of(
            "study_id",
            "subject_id",
            "drug",
            "start_date",
            "end_date",
            "ongoing",
            "dose",
            "unit",
            "route",
            "frequency"),
        study.medications(),
        (m, p) ->
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
                m.frequency()));
  }

  /** A scores-file header or record with {@code minutes_from_start} added. */
  private static <T> List<T> withMinutesFromStart(List<? extends T> scores, T minutes) {
    List<T> out = new ArrayList<>(scores);
    out.add(MINUTES_FROM_START, minutes);
    return out;
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
