package org.infusionoutcomes.transform.derive;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.config.FieldReader;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.settings.DeriveSettings;

/**
 * One subject's canonical records, built inline. Days are analysis-axis days (on the default DATE
 * axis, days since 1970-01-01); on a study-day axis they are SDTM study days (no day 0). Every
 * record gets the next line of its file, so tests can assert source pointers.
 */
final class SubjectFixture {
  static final String STUDY = "KET-01";
  static final String SUBJECT = "S-001";
  static final String SITE = "SITE-1";
  static final String SCORES = "qs.csv";
  static final String DOSES = "ex.csv";
  static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();

  private final TimeAxis axis;
  private final String subjectId;
  private final List<Assessment> assessments = new ArrayList<>();
  private final List<Infusion> infusions = new ArrayList<>();
  private long scoreLine = 1;
  private long doseLine = 1;

  private SubjectFixture(TimeAxis axis, String subjectId) {
    this.axis = axis;
    this.subjectId = subjectId;
  }

  /** A subject on the calendar axis. */
  static SubjectFixture onDates() {
    return new SubjectFixture(TimeAxis.DATE, SUBJECT);
  }

  /** A subject whose records carry SDTM study days only. */
  static SubjectFixture onStudyDays() {
    return new SubjectFixture(TimeAxis.STUDY_DAY, SUBJECT);
  }

  /** Another subject of the same study (for refusal tests). */
  static SubjectFixture otherSubject() {
    return new SubjectFixture(TimeAxis.DATE, "S-002");
  }

  static DeriveSettings defaults() {
    return DeriveSettings.defaults(REGISTRY);
  }

  static DeriveSettings config(String yaml) {
    return DeriveSettings.read(
        FieldReader.parse(
            "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
        REGISTRY);
  }

  SubjectDerivation derive() {
    return derive(defaults());
  }

  SubjectDerivation derive(DeriveSettings config) {
    return new SubjectDeriver(config, REGISTRY).derive(assessments, infusions);
  }

  List<Assessment> assessments() {
    return assessments;
  }

  List<Infusion> infusions() {
    return infusions;
  }

  Infusion infusion(int day) {
    return infusion(day, null, null);
  }

  Infusion infusion(int day, String time) {
    return infusion(day, time, null);
  }

  Infusion labelled(int day, String label) {
    return infusion(day, null, label);
  }

  Infusion infusion(int day, String time, String label) {
    Infusion i =
        new Infusion(
            STUDY,
            SITE,
            subjectId,
            date(day),
            studyDay(day),
            axisDay(day),
            axis,
            time == null ? null : LocalTime.parse(time),
            0.5,
            null,
            "IV",
            "ketamine",
            label,
            "generic_csv",
            DOSES,
            ++doseLine);
    infusions.add(i);
    return i;
  }

  Assessment madrs(int day, double total) {
    return score("MADRS", day, null, total);
  }

  Assessment madrs(int day, String time, double total) {
    return score("MADRS", day, time, total);
  }

  Assessment phq9(int day, double total) {
    return score("PHQ9", day, null, total);
  }

  Assessment score(String scale, int day, String time, double total) {
    boolean whole = total == Math.rint(total);
    Assessment a =
        new Assessment(
            STUDY,
            SITE,
            subjectId,
            scale,
            "1.0",
            date(day),
            studyDay(day),
            axisDay(day),
            axis,
            time == null ? null : LocalTime.parse(time),
            "V" + day,
            List.of(),
            0,
            total,
            whole ? Assessment.TOTAL_REPORTED : Assessment.TOTAL_PRORATED,
            whole ? total : null,
            null,
            null,
            "generic_csv",
            SCORES,
            ++scoreLine,
            List.of(scoreLine),
            null);
    assessments.add(a);
    return a;
  }

  private LocalDate date(int day) {
    return axis == TimeAxis.DATE ? LocalDate.ofEpochDay(day) : null;
  }

  private Integer studyDay(int day) {
    if (axis == TimeAxis.DATE) {
      return null;
    }
    if (day == 0) {
      throw new IllegalArgumentException("there is no study day 0");
    }
    return day;
  }

  /** The analysis axis closes the gap at study day 0: 1 -> 1, -1 -> 0, -14 -> -13. */
  private int axisDay(int day) {
    if (axis == TimeAxis.DATE) {
      return day;
    }
    return day > 0 ? day : day + 1;
  }
}
