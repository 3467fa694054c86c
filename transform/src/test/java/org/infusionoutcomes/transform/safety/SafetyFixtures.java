package org.infusionoutcomes.transform.safety;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.settings.SafetySettings;

/** Small hand-built canonical rows for the safety rules. */
final class SafetyFixtures {
  static final String STUDY = "KET-01";
  static final String SUBJECT = "S-001";

  private static long line = 1;

  private SafetyFixtures() {}

  static SafetySettings settings(String yaml) {
    return SafetySettings.read(
        FieldReader.parse(
            "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  static SafetyInfusion infusion(int course, int number, int day, String time) {
    return new SafetyInfusion(
        STUDY, "SITE-1", SUBJECT, course, number, day, time == null ? null : LocalTime.parse(time));
  }

  static Infusion canonicalInfusion(int day, String time) {
    return new Infusion(
        STUDY,
        "SITE-1",
        SUBJECT,
        LocalDate.ofEpochDay(day),
        null,
        day,
        TimeAxis.DATE,
        time == null ? null : LocalTime.parse(time),
        0.5,
        null,
        "IV",
        "ketamine",
        null,
        "generic_csv",
        "ex.csv",
        ++line);
  }

  /** A placed reading of {@code test} at {@code minutes} on course 1, infusion 1. */
  static SafetyReading at(String test, int minutes, double value) {
    return new SafetyReading(
        STUDY,
        "SITE-1",
        SUBJECT,
        test,
        value,
        100,
        Placement.PLACED,
        1,
        1,
        minutes,
        "vs.csv",
        ++line);
  }

  static VitalSign vital(String test, double value, int day, String time, Integer minutes) {
    return new VitalSign(
        STUDY,
        "SITE-1",
        SUBJECT,
        test,
        value,
        "mmHg",
        LocalDate.ofEpochDay(day),
        null,
        day,
        ReadingPlacement.parseTime(time),
        minutes,
        "generic_csv",
        "vitals.csv",
        ++line);
  }

  static AdverseEvent ae(String term, Integer onsetDay, LocalDate onsetDate) {
    return new AdverseEvent(
        STUDY, SUBJECT, term, null, null, "MILD", false, null, onsetDate, onsetDay, null, "ae.csv",
        ++line);
  }

  /** A course on the date axis (days since 1970-01-01). */
  static Course course(int number, int first, int last, Integer next) {
    return new Course(
        STUDY,
        "SITE-1",
        SUBJECT,
        number,
        null,
        "gap",
        first,
        last,
        null,
        null,
        LocalDate.ofEpochDay(first),
        LocalDate.ofEpochDay(last),
        null,
        2,
        0,
        next,
        TimeAxis.DATE.id(),
        "ex.csv",
        1);
  }

  /** A course on the study-day axis; days are analysis days, study days as given. */
  static Course studyDayCourse(int number, int first, int last, Integer next, int firstStudyDay) {
    return new Course(
        STUDY,
        "SITE-1",
        SUBJECT,
        number,
        null,
        "gap",
        first,
        last,
        firstStudyDay,
        null,
        null,
        null,
        null,
        2,
        0,
        next,
        TimeAxis.STUDY_DAY.id(),
        "ex.csv",
        1);
  }
}
