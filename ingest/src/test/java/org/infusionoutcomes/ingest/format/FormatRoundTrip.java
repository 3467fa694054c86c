package org.infusionoutcomes.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.infusionoutcomes.ingest.assemble.SubjectAssembler;
import org.infusionoutcomes.ingest.assemble.SubjectAssembly;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * A small hand-built study and the comparisons that show a format reads back to what the generic
 * CSV gives. Shared by the writer tests of every format.
 */
public final class FormatRoundTrip {
  public static final String STUDY = "RT-01";

  private FormatRoundTrip() {}

  /** What a format carries besides the core fields. */
  public record Carries(boolean siteOnRecords, boolean age, boolean arm, boolean referenceDate) {
    public static final Carries ALL = new Carries(true, true, true, true);
  }

  /**
   * MADRS and PHQ-9 with: a missing item (prorated), too many missing items with a reported total,
   * a reported total that disagrees with the items, times of day with and without seconds, an
   * assessment without time or visit, two scales at one visit, a scale twice in one visit, and
   * infusions in mg/kg with and without time, route, drug and course label.
   */
  public static SyntheticStudy handBuiltStudy() {
    List<Subject> subjects =
        List.of(
            new Subject(STUDY, "S01-001", "S01", "F", 34, "KETAMINE", null, TimeAxis.DATE),
            new Subject(STUDY, "S01-002", "S01", "M", 51, "KETAMINE", null, TimeAxis.DATE),
            new Subject(STUDY, "S02-003", "S02", "F", 45, "ESKETAMINE", null, TimeAxis.DATE));
    List<Assessment> assessments =
        List.of(
            assessment(
                "S01-001",
                "S01",
                "MADRS",
                d(2024, 1, 8),
                t(9, 30),
                "Baseline",
                29.0,
                4,
                4,
                3,
                2,
                3,
                3,
                2,
                3,
                4,
                1),
            assessment(
                "S01-001",
                "S01",
                "PHQ9",
                d(2024, 1, 8),
                t(9, 30),
                "Baseline",
                null,
                2,
                2,
                1,
                2,
                1,
                1,
                1,
                0,
                1),
            assessment(
                "S01-001",
                "S01",
                "MADRS",
                d(2024, 1, 10),
                t(13, 0),
                "Infusion 2",
                null,
                3,
                3,
                2,
                2,
                2,
                2,
                null,
                2,
                2,
                0),
            assessment(
                "S01-001",
                "S01",
                "MADRS",
                d(2024, 1, 10),
                t(15, 45),
                "Infusion 2",
                11.0,
                2,
                2,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                0),
            assessment(
                "S01-001",
                "S01",
                "PHQ9",
                d(2024, 1, 20),
                t(8, 5),
                "Follow-up",
                9.0,
                1,
                null,
                null,
                2,
                null,
                1,
                1,
                0,
                0),
            assessment(
                "S01-002",
                "S01",
                "MADRS",
                d(2024, 2, 1),
                null,
                null,
                20.0,
                3,
                3,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                1),
            assessment(
                "S02-003",
                "S02",
                "PHQ9",
                d(2024, 3, 5),
                LocalTime.of(10, 15, 30),
                "Week 1",
                0.0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0));
    List<Infusion> infusions =
        List.of(
            infusion(
                "S01-001", "S01", d(2024, 1, 8), t(10, 0), 0.5, "INTRAVENOUS", "ketamine", "C1"),
            infusion(
                "S01-001", "S01", d(2024, 1, 10), t(10, 0), 0.75, "INTRAVENOUS", "ketamine", "C1"),
            infusion("S01-002", "S01", d(2024, 2, 1), null, 0.5, "INTRAVENOUS", "ketamine", null),
            infusion("S02-003", "S02", d(2024, 3, 5), t(11, 0), 1.0, null, null, null));
    return new SyntheticStudy(STUDY, subjects, assessments, infusions);
  }

  /**
   * The same study on a study-day axis, as SDTM exports often are: no dates, hence no times of day
   * either (an ISO 8601 {@code --DTC} cannot hold a time without its date).
   */
  public static SyntheticStudy studyDayStudy() {
    SyntheticStudy s = handBuiltStudy();
    List<Assessment> assessments = new ArrayList<>();
    int day = -3;
    for (Assessment a : s.assessments()) {
      assessments.add(
          new Assessment(
              a.studyId(),
              a.siteId(),
              a.subjectId(),
              a.scale(),
              a.scaleVersion(),
              null,
              day,
              day,
              TimeAxis.STUDY_DAY,
              null,
              a.visit(),
              a.items(),
              a.itemsAnswered(),
              a.totalScore(),
              a.totalSource(),
              a.reportedTotal(),
              a.suicidalityFlag(),
              a.severity(),
              a.sourceFormat(),
              a.sourceFile(),
              a.sourceLine(),
              a.sourceLines(),
              null));
      day += day == -1 ? 2 : 1;
    }
    List<Infusion> infusions = new ArrayList<>();
    int iday = 1;
    for (Infusion i : s.infusions()) {
      infusions.add(
          new Infusion(
              i.studyId(),
              i.siteId(),
              i.subjectId(),
              null,
              iday,
              iday,
              TimeAxis.STUDY_DAY,
              null,
              i.doseMgPerKg(),
              i.doseMg(),
              i.route(),
              i.drug(),
              i.courseLabel(),
              i.sourceFormat(),
              i.sourceFile(),
              i.sourceLine()));
      iday += 2;
    }
    return new SyntheticStudy(s.studyId(), s.subjects(), assessments, infusions);
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }

  private static Assessment assessment(
      String subject,
      String site,
      String scale,
      LocalDate date,
      LocalTime time,
      String visit,
      Double reported,
      Integer... items) {
    List<Integer> values = Arrays.asList(items);
    return new Assessment(
        STUDY,
        site,
        subject,
        scale,
        "1.0",
        date,
        null,
        0,
        TimeAxis.DATE,
        time,
        visit,
        values,
        (int) values.stream().filter(Objects::nonNull).count(),
        0,
        "items",
        reported,
        null,
        null,
        "synthetic",
        "synthetic",
        0,
        List.of(),
        null);
  }

  private static Infusion infusion(
      String subject,
      String site,
      LocalDate date,
      LocalTime time,
      Double perKg,
      String route,
      String drug,
      String course) {
    return new Infusion(
        STUDY,
        site,
        subject,
        date,
        null,
        0,
        TimeAxis.DATE,
        time,
        perKg,
        null,
        route,
        drug,
        course,
        "synthetic",
        "synthetic",
        0);
  }

  // ---------------------------------------------------------------- comparisons

  /** A score observation without its origin; the value in canonical number form. */
  public record ScoreKey(
      String study,
      String site,
      String subject,
      String scale,
      int item,
      String value,
      LocalDate date,
      Integer day,
      LocalTime time,
      String visit) {}

  /** An infusion observation without its origin. */
  public record InfusionKey(
      String study,
      String site,
      String subject,
      LocalDate date,
      Integer day,
      LocalTime time,
      Double perKg,
      Double mg,
      String route,
      String drug,
      String course) {}

  /** A subject observation without its origin. */
  public record SubjectKey(
      String study,
      String subject,
      String site,
      String sex,
      Integer age,
      String arm,
      LocalDate reference) {}

  /** The answered values (missing items dropped: formats differ in whether they write them). */
  public static List<ScoreKey> scores(SinkRecorder sink, Carries carries) {
    List<ScoreKey> out = new ArrayList<>();
    for (ScoreObservation o : sink.scores()) {
      if (o.value() == null || o.value().isBlank()) {
        continue;
      }
      out.add(
          new ScoreKey(
              o.studyId(),
              carries.siteOnRecords() ? o.siteId() : null,
              o.subjectId(),
              o.scale(),
              o.item(),
              new BigDecimal(o.value().trim()).stripTrailingZeros().toPlainString(),
              o.date(),
              o.studyDay(),
              o.time(),
              o.visit()));
    }
    out.sort(Comparator.comparing(ScoreKey::toString));
    return out;
  }

  public static List<InfusionKey> infusions(SinkRecorder sink, Carries carries) {
    List<InfusionKey> out = new ArrayList<>();
    for (InfusionObservation o : sink.infusions()) {
      out.add(
          new InfusionKey(
              o.studyId(),
              carries.siteOnRecords() ? o.siteId() : null,
              o.subjectId(),
              o.date(),
              o.studyDay(),
              o.time(),
              o.doseMgPerKg(),
              o.doseMg(),
              o.route(),
              o.drug(),
              o.courseLabel()));
    }
    out.sort(Comparator.comparing(InfusionKey::toString));
    return out;
  }

  public static List<SubjectKey> subjects(SinkRecorder sink, Carries carries) {
    List<SubjectKey> out = new ArrayList<>();
    for (SubjectObservation o : sink.subjects()) {
      out.add(
          new SubjectKey(
              o.studyId(),
              o.subjectId(),
              o.siteId(),
              o.sex(),
              carries.age() ? o.age() : null,
              carries.arm() ? o.arm() : null,
              carries.referenceDate() ? o.referenceDate() : null));
    }
    out.sort(Comparator.comparing(SubjectKey::toString));
    return out;
  }

  /** The canonical rows of every subject, without the source columns. */
  public record Canonical(
      List<String> assessments,
      List<String> infusions,
      List<String> subjects,
      List<String> rejects) {}

  /** Assembles and scores what was read, as the ingest stage does, and drops the source columns. */
  public static Canonical canonical(SinkRecorder sink, Carries carries) {
    Map<List<String>, List<ScoreObservation>> scores = new LinkedHashMap<>();
    Map<List<String>, List<InfusionObservation>> infusions = new LinkedHashMap<>();
    Map<List<String>, List<SubjectObservation>> subjects = new LinkedHashMap<>();
    sink.scores()
        .forEach(
            o ->
                scores
                    .computeIfAbsent(List.of(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                    .add(o));
    sink.infusions()
        .forEach(
            o ->
                infusions
                    .computeIfAbsent(List.of(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                    .add(o));
    sink.subjects()
        .forEach(
            o ->
                subjects
                    .computeIfAbsent(List.of(o.studyId(), o.subjectId()), k -> new ArrayList<>())
                    .add(o));
    java.util.TreeSet<List<String>> keys =
        new java.util.TreeSet<>(Comparator.comparing(Object::toString));
    keys.addAll(scores.keySet());
    keys.addAll(infusions.keySet());
    keys.addAll(subjects.keySet());
    SubjectAssembler assembler = new SubjectAssembler(ScaleRegistry.shipped());
    List<String> a = new ArrayList<>();
    List<String> i = new ArrayList<>();
    List<String> s = new ArrayList<>();
    List<String> r = new ArrayList<>();
    for (List<String> k : keys) {
      SubjectAssembly out =
          assembler.assemble(
              k.get(0),
              k.get(1),
              new ArrayList<>(scores.getOrDefault(k, List.of())),
              new ArrayList<>(infusions.getOrDefault(k, List.of())),
              new ArrayList<>(subjects.getOrDefault(k, List.of())),
              List.of(),
              List.of(),
              List.of());
      for (Assessment x : out.assessments()) {
        a.add(
            String.join(
                "|",
                x.studyId(),
                String.valueOf(x.siteId()),
                x.subjectId(),
                x.scale(),
                x.scaleVersion(),
                String.valueOf(x.assessmentDate()),
                String.valueOf(x.studyDay()),
                String.valueOf(x.day()),
                x.timeAxis().id(),
                String.valueOf(x.assessmentTime()),
                String.valueOf(x.visit()),
                x.items().toString(),
                String.valueOf(x.itemsAnswered()),
                String.valueOf(x.totalScore()),
                x.totalSource(),
                String.valueOf(x.reportedTotal()),
                String.valueOf(x.suicidalityFlag()),
                String.valueOf(x.severity())));
      }
      for (Infusion x : out.infusions()) {
        i.add(
            String.join(
                "|",
                x.studyId(),
                String.valueOf(x.siteId()),
                x.subjectId(),
                String.valueOf(x.infusionDate()),
                String.valueOf(x.studyDay()),
                String.valueOf(x.day()),
                String.valueOf(x.infusionTime()),
                String.valueOf(x.doseMgPerKg()),
                String.valueOf(x.doseMg()),
                String.valueOf(x.route()),
                String.valueOf(x.drug()),
                String.valueOf(x.courseLabel())));
      }
      if (out.subject() != null) {
        Subject x = out.subject();
        s.add(
            String.join(
                "|",
                x.studyId(),
                x.subjectId(),
                String.valueOf(x.siteId()),
                String.valueOf(x.sex()),
                String.valueOf(carries.age() ? x.age() : null),
                String.valueOf(carries.arm() ? x.arm() : null),
                String.valueOf(carries.referenceDate() ? x.referenceDate() : null),
                x.timeAxis().id()));
      }
      for (Reject x : out.rejects()) {
        r.add(x.rule().id() + "|" + x.subjectId() + "|" + x.reason());
      }
    }
    return new Canonical(a, i, s, r.stream().sorted().toList());
  }

  /** Asserts that {@code format} reads back to what the generic CSV gives, field by field. */
  public static void assertSameAsGeneric(
      SinkRecorder generic, SinkRecorder format, Carries carries) {
    assertThat(scores(format, carries))
        .as("score observations")
        .isEqualTo(scores(generic, carries));
    assertThat(infusions(format, carries))
        .as("infusion observations")
        .isEqualTo(infusions(generic, carries));
    assertThat(subjects(format, carries))
        .as("subject observations")
        .isEqualTo(subjects(generic, carries));
    Canonical g = canonical(generic, carries);
    Canonical f = canonical(format, carries);
    assertThat(f.assessments()).as("canonical assessments").isEqualTo(g.assessments()).isNotEmpty();
    assertThat(f.infusions()).as("canonical infusions").isEqualTo(g.infusions()).isNotEmpty();
    assertThat(f.subjects()).as("canonical subjects").isEqualTo(g.subjects()).isNotEmpty();
    assertThat(f.rejects()).as("assembly rejects").isEqualTo(g.rejects());
  }
}
