package org.infusionoutcomes.ingest.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.junit.jupiter.api.Test;

class SubjectAssemblerTest {
  private static final SubjectAssembler ASSEMBLER = new SubjectAssembler(ScaleRegistry.shipped());
  private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
  private static final LocalDate JAN_9 = LocalDate.of(2024, 1, 9);

  private static Origin origin(int file, long line) {
    return new Origin(
        file,
        "file:/in/snap" + file + "/scores.csv",
        line,
        SourceFormat.GENERIC_SCORES,
        "raw " + file + ":" + line);
  }

  private static ScoreObservation score(
      int file,
      long line,
      String scale,
      int item,
      String value,
      LocalDate date,
      Integer day,
      LocalTime time,
      String visit) {
    return new ScoreObservation(
        "S1",
        null,
        "P1",
        scale,
        item,
        value,
        "score",
        date,
        day,
        time,
        visit,
        origin(file, line),
        null);
  }

  /** One row per value (null = no row), items 1..N on lines firstLine, firstLine + 1, ... */
  private static List<ScoreObservation> items(
      int file, long firstLine, String scale, LocalDate date, Integer day, Integer... values) {
    List<ScoreObservation> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        out.add(
            score(file, firstLine + i, scale, i + 1, values[i].toString(), date, day, null, null));
      }
    }
    return out;
  }

  private static List<ScoreObservation> madrs(int file, long firstLine, LocalDate date, int value) {
    return items(
        file, firstLine, "MADRS", date, null, value, value, value, value, value, value, value,
        value, value, value);
  }

  private static InfusionObservation infusion(
      int file, long line, LocalDate date, Integer day, LocalTime time, double dose) {
    return new InfusionObservation(
        "S1",
        null,
        "P1",
        date,
        day,
        time,
        dose,
        null,
        "IV",
        "ketamine",
        null,
        new Origin(
            file,
            "file:/in/snap" + file + "/infusions.csv",
            line,
            SourceFormat.GENERIC_INFUSIONS,
            "inf " + file + ":" + line));
  }

  private static SubjectObservation dm(int file, long line, LocalDate reference) {
    return new SubjectObservation(
        "S1",
        "P1",
        "SITE-1",
        "F",
        40,
        "KET",
        reference,
        new Origin(file, "file:/in/dm.csv", line, SourceFormat.SDTM_CSV, "dm " + line));
  }

  @SafeVarargs
  private static List<ScoreObservation> concat(List<ScoreObservation>... parts) {
    List<ScoreObservation> out = new ArrayList<>();
    for (List<ScoreObservation> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  private static SubjectAssembly assemble(List<ScoreObservation> scores) {
    return ASSEMBLER.assemble(
        "S1", "P1", scores, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static List<String> rules(List<Reject> findings) {
    return findings.stream().map(r -> r.rule().id()).toList();
  }

  // ---------------------------------------------------------------- snapshots and duplicates

  @Test
  void laterSnapshotReplacesWholeAssessment() {
    List<ScoreObservation> first = madrs(0, 2, JAN_2, 3);
    // The later snapshot lacks item 5: the assessment is prorated from it, not patched from the
    // first.
    List<ScoreObservation> later =
        items(1, 2, "MADRS", JAN_2, null, 2, 2, 2, 2, null, 2, 2, 2, 2, 2);

    SubjectAssembly a = assemble(concat(first, later));

    assertThat(a.rejects()).isEmpty();
    assertThat(a.assessments()).hasSize(1);
    Assessment x = a.assessments().get(0);
    assertThat(x.items()).containsExactly(2, 2, 2, 2, null, 2, 2, 2, 2, 2);
    assertThat(x.totalScore()).isEqualTo(20.0);
    assertThat(x.totalSource()).isEqualTo("prorated");
    assertThat(x.sourceFile()).isEqualTo("file:/in/snap1/scores.csv");
    assertThat(x.sourceLine()).isEqualTo(2);
    assertThat(x.sourceLines()).containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L);
    assertThat(rules(a.warnings())).containsExactly("duplicate_conflicting");
    assertThat(a.warnings().get(0).origin().fileOrder()).isZero();
    assertThat(a.warnings().get(0).origin().line()).isEqualTo(2);
  }

  @Test
  void earlierFileDoesNotWinByLineNumber() {
    // File order decides before line order: line 50 of the first file loses to line 2 of the
    // second.
    SubjectAssembly a = assemble(concat(madrs(0, 50, JAN_2, 3), madrs(1, 2, JAN_2, 1)));

    assertThat(a.assessments())
        .singleElement()
        .satisfies(x -> assertThat(x.totalScore()).isEqualTo(10.0));
  }

  @Test
  void recordMissingFromALaterSnapshotIsKept() {
    SubjectAssembly a =
        assemble(concat(madrs(0, 2, JAN_2, 3), madrs(0, 12, JAN_9, 2), madrs(1, 2, JAN_2, 3)));

    assertThat(a.assessments())
        .extracting(Assessment::assessmentDate)
        .containsExactly(JAN_2, JAN_9);
    assertThat(a.assessments())
        .extracting(Assessment::sourceFile)
        .containsExactly("file:/in/snap1/scores.csv", "file:/in/snap0/scores.csv");
    assertThat(a.assessments()).extracting(Assessment::totalScore).containsExactly(30.0, 20.0);
  }

  @Test
  void identicalSnapshotIsCollapsedAndCountedAsIdenticalDuplicate() {
    SubjectAssembly a = assemble(concat(madrs(0, 2, JAN_2, 3), madrs(1, 2, JAN_2, 3)));

    assertThat(a.assessments()).hasSize(1);
    assertThat(a.assessments().get(0).sourceFile()).isEqualTo("file:/in/snap1/scores.csv");
    assertThat(rules(a.warnings())).containsExactly("duplicate_identical");
    assertThat(a.warnings().get(0).origin().rawRecord()).isNull();
    assertThat(a.rejects()).isEmpty();
  }

  @Test
  void laterLineWinsForARepeatedItemWithinAFile() {
    List<ScoreObservation> scores = madrs(0, 2, JAN_2, 3);
    scores.add(score(0, 20, "MADRS", 4, "5", JAN_2, null, null, null));

    SubjectAssembly a = assemble(scores);

    Assessment x = a.assessments().get(0);
    assertThat(x.items().get(3)).isEqualTo(5);
    assertThat(x.totalScore()).isEqualTo(32.0);
    assertThat(rules(a.warnings())).containsExactly("duplicate_conflicting");
    Reject w = a.warnings().get(0);
    assertThat(w.origin().line()).isEqualTo(5);
    assertThat(w.origin().rawRecord()).isEqualTo("raw 0:5");
    assertThat(w.reason())
        .isEqualTo("MADRS item 4 of assessment on 2024-01-02 superseded by line 20");
  }

  @Test
  void repeatedIdenticalItemRowIsCountedAsIdenticalDuplicate() {
    List<ScoreObservation> scores = madrs(0, 2, JAN_2, 3);
    scores.add(score(0, 20, "MADRS", 4, "3.0", JAN_2, null, null, null));

    SubjectAssembly a = assemble(scores);

    assertThat(a.assessments().get(0).totalScore()).isEqualTo(30.0);
    assertThat(rules(a.warnings())).containsExactly("duplicate_identical");
  }

  @Test
  void timeOfDayAndVisitSeparateAssessmentsOfOneDay() {
    List<ScoreObservation> scores = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      scores.add(score(0, i, "PHQ9", i, "1", JAN_2, null, LocalTime.of(8, 0), "V1"));
      scores.add(score(0, 100 + i, "PHQ9", i, "2", JAN_2, null, LocalTime.of(15, 0), "V1"));
      scores.add(score(0, 200 + i, "PHQ9", i, "3", JAN_2, null, LocalTime.of(15, 0), "V2"));
    }

    SubjectAssembly a = assemble(scores);

    assertThat(a.warnings()).isEmpty();
    assertThat(a.assessments()).extracting(Assessment::totalScore).containsExactly(9.0, 18.0, 27.0);
    assertThat(a.assessments())
        .extracting(Assessment::assessmentTime)
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(15, 0), LocalTime.of(15, 0));
    assertThat(a.assessments()).extracting(Assessment::visit).containsExactly("V1", "V1", "V2");
  }

  // ---------------------------------------------------------------- scoring inside assembly

  @Test
  void rejectedAssessmentRejectsEveryLineItCameFrom() {
    List<ScoreObservation> scores = madrs(0, 2, JAN_2, 3);
    scores.set(1, score(0, 3, "MADRS", 2, "9", JAN_2, null, null, null));
    scores.add(score(0, 12, "MADRS", ItemRef.TOTAL, "30", JAN_2, null, null, null));

    SubjectAssembly a = assemble(scores);

    assertThat(a.assessments()).isEmpty();
    assertThat(a.rejects()).hasSize(11);
    assertThat(a.rejects())
        .extracting(r -> r.origin().line())
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(rules(a.rejects())).containsOnly("item_out_of_range");
    Reject offending = a.rejects().get(1);
    assertThat(offending.column()).isEqualTo("score");
    assertThat(offending.reason()).isEqualTo("MADRS item 2 value 9 is outside 0..6");
    assertThat(offending.origin().rawRecord()).isEqualTo("raw 0:3");
    Reject other = a.rejects().get(0);
    assertThat(other.column()).isNull();
    assertThat(other.reason())
        .isEqualTo(
            "MADRS item 2 value 9 is outside 0..6 (line 3); the whole assessment is rejected");
    assertThat(a.subject()).isNull();
  }

  @Test
  void rejectionCoversASupersededRepeatOfTheSameFile() {
    List<ScoreObservation> scores =
        items(0, 2, "PHQ9", JAN_2, null, 1, 1, 1, null, null, null, 1, 1, 1);
    scores.add(score(0, 30, "PHQ9", 1, "2", JAN_2, null, null, null));

    SubjectAssembly a = assemble(scores);

    assertThat(a.assessments()).isEmpty();
    assertThat(rules(a.rejects())).containsOnly("too_many_missing_items");
    assertThat(a.rejects())
        .extracting(r -> r.origin().line())
        .containsExactly(2L, 3L, 4L, 8L, 9L, 10L, 30L);
    assertThat(a.rejects()).allSatisfy(r -> assertThat(r.column()).isNull());
  }

  @Test
  void invalidLaterSnapshotRejectsTheAssessmentAlthoughAnEarlierOneWasValid() {
    List<ScoreObservation> later = madrs(1, 2, JAN_2, 3);
    later.set(0, score(1, 2, "MADRS", 1, "abc", JAN_2, null, null, null));

    SubjectAssembly a = assemble(concat(madrs(0, 2, JAN_2, 3), later));

    assertThat(a.assessments()).isEmpty();
    assertThat(a.rejects())
        .hasSize(10)
        .allSatisfy(
            r -> {
              assertThat(r.rule()).isEqualTo(RejectRule.ITEM_NOT_INTEGER);
              assertThat(r.origin().fileOrder()).isEqualTo(1);
            });
  }

  @Test
  void reportedTotalMismatchIsAWarningOnTheTotalLine() {
    List<ScoreObservation> scores = madrs(0, 2, JAN_2, 3);
    scores.add(score(0, 12, "MADRS", ItemRef.TOTAL, "33", JAN_2, null, null, null));

    SubjectAssembly a = assemble(scores);

    assertThat(a.rejects()).isEmpty();
    Assessment x = a.assessments().get(0);
    assertThat(x.totalScore()).isEqualTo(30.0);
    assertThat(x.reportedTotal()).isEqualTo(33.0);
    assertThat(x.totalSource()).isEqualTo("items");
    Reject w = a.warnings().get(0);
    assertThat(w.rule()).isEqualTo(RejectRule.REPORTED_TOTAL_MISMATCH);
    assertThat(w.origin().line()).isEqualTo(12);
    assertThat(w.column()).isEqualTo("score");
    assertThat(w.reason())
        .isEqualTo(
            "MADRS reported total 33 differs from the item total 30; the item total is used");
  }

  @Test
  void assessmentCarriesScaleVersionFlagsAndSource() {
    List<ScoreObservation> scores = items(0, 2, "PHQ9", JAN_2, 5, 1, 1, 1, 1, 1, 1, 1, 1, 2);

    Assessment x = assemble(scores).assessments().get(0);

    assertThat(x.studyId()).isEqualTo("S1");
    assertThat(x.subjectId()).isEqualTo("P1");
    assertThat(x.scale()).isEqualTo("PHQ9");
    assertThat(x.scaleVersion()).isEqualTo("1.0");
    assertThat(x.totalScore()).isEqualTo(10.0);
    assertThat(x.itemsAnswered()).isEqualTo(9);
    assertThat(x.suicidalityFlag()).isTrue();
    assertThat(x.severity()).isEqualTo("moderate");
    assertThat(x.assessmentDate()).isEqualTo(JAN_2);
    assertThat(x.studyDay()).isEqualTo(5);
    assertThat(x.timeAxis()).isEqualTo(TimeAxis.DATE);
    assertThat(x.day()).isEqualTo((int) JAN_2.toEpochDay());
    assertThat(x.sourceFormat()).isEqualTo("generic-scores");
  }

  // ---------------------------------------------------------------- infusions

  @Test
  void identicalInfusionsCollapseIntoOne() {
    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            List.of(),
            List.of(
                infusion(0, 2, JAN_2, null, LocalTime.of(10, 0), 0.5),
                infusion(1, 2, JAN_2, null, LocalTime.of(10, 0), 0.5)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.infusions()).hasSize(1);
    assertThat(a.infusions().get(0).sourceFile()).isEqualTo("file:/in/snap1/infusions.csv");
    assertThat(rules(a.warnings())).containsExactly("duplicate_identical");
  }

  @Test
  void infusionsAtDifferentTimesOfOneDayAreKept() {
    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            List.of(),
            List.of(
                infusion(0, 3, JAN_2, null, LocalTime.of(15, 0), 0.5),
                infusion(0, 2, JAN_2, null, LocalTime.of(9, 0), 0.5)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.infusions())
        .extracting(Infusion::infusionTime)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(15, 0));
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void conflictingInfusionsOfOneDayAndTimeKeepTheLaterLine() {
    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            List.of(),
            List.of(
                infusion(0, 5, JAN_2, null, null, 0.75), infusion(0, 2, JAN_2, null, null, 0.5)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.infusions())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.doseMgPerKg()).isEqualTo(0.75);
              assertThat(i.sourceLine()).isEqualTo(5);
            });
    assertThat(rules(a.warnings())).containsExactly("duplicate_conflicting");
    assertThat(a.warnings().get(0).origin().line()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- time axis

  @Test
  void mixedDatesAndStudyDaysWithoutReferenceRejectTheWholeSubject() {
    List<ScoreObservation> scores =
        concat(madrs(0, 2, JAN_2, 3), items(0, 12, "PHQ9", null, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    SubjectObservation demographics = dm(2, 2, null);

    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            scores,
            List.of(infusion(1, 2, JAN_2, null, null, 0.5)),
            List.of(demographics),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.assessments()).isEmpty();
    assertThat(a.infusions()).isEmpty();
    assertThat(a.subject()).isNull();
    assertThat(a.rejects()).hasSize(10 + 9 + 1 + 1);
    assertThat(rules(a.rejects())).containsOnly("mixed_time_axis");
    assertThat(a.rejects())
        .extracting(r -> r.origin().file())
        .contains("file:/in/dm.csv", "file:/in/snap1/infusions.csv");
    assertThat(a.rejects().get(0).reason())
        .isEqualTo(
            "subject P1 has records with calendar dates (scores.csv:2) and records with study days only (scores.csv:12)"
                + " but no reference date; give the reference date (DM RFSTDTC, subjects reference_date) or dates throughout");
    assertThat(a.rejects())
        .allSatisfy(
            r -> {
              assertThat(r.studyId()).isEqualTo("S1");
              assertThat(r.subjectId()).isEqualTo("P1");
            });
  }

  @Test
  void mixedTimeAxisIsJudgedOverScoresAndInfusionsTogether() {
    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            madrs(0, 2, JAN_2, 3),
            List.of(infusion(1, 2, null, 1, null, 0.5)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(rules(a.rejects())).hasSize(11).containsOnly("mixed_time_axis");
  }

  @Test
  void referenceDateFromDmPlacesStudyDayRecordsOnTheCalendar() {
    LocalDate ref = LocalDate.of(2024, 1, 10);
    List<ScoreObservation> scores =
        concat(
            items(0, 2, "PHQ9", null, -1, 2, 2, 2, 2, 2, 2, 2, 2, 2),
            items(0, 12, "PHQ9", null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 22, "PHQ9", LocalDate.of(2024, 1, 17), null, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            scores,
            List.of(infusion(1, 2, ref, null, null, 0.5)),
            List.of(dm(2, 2, ref)),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.rejects()).isEmpty();
    assertThat(a.assessments())
        .extracting(Assessment::day)
        .containsExactly(
            (int) LocalDate.of(2024, 1, 9).toEpochDay(),
            (int) ref.toEpochDay(),
            (int) LocalDate.of(2024, 1, 17).toEpochDay());
    assertThat(a.assessments()).extracting(Assessment::timeAxis).containsOnly(TimeAxis.DATE);
    assertThat(a.assessments().get(0).assessmentDate()).as("the source gave no date").isNull();
    assertThat(a.assessments().get(0).studyDay()).isEqualTo(-1);
    assertThat(a.infusions().get(0).day()).isEqualTo(a.assessments().get(1).day());
    Subject s = a.subject();
    assertThat(s.timeAxis()).isEqualTo(TimeAxis.DATE);
    assertThat(s.referenceDate()).isEqualTo(ref);
    assertThat(s.siteId()).isEqualTo("SITE-1");
    assertThat(s.sex()).isEqualTo("F");
    assertThat(s.age()).isEqualTo(40);
    assertThat(s.arm()).isEqualTo("KET");
  }

  @Test
  void recordWithDateAndStudyDayGivesTheReferenceDate() {
    // 2024-01-16 is day 7, so day 1 is 2024-01-10 and day -1 is 2024-01-09.
    List<ScoreObservation> scores =
        concat(
            items(0, 2, "PHQ9", LocalDate.of(2024, 1, 16), 7, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 12, "PHQ9", null, -1, 2, 2, 2, 2, 2, 2, 2, 2, 2));

    SubjectAssembly a = assemble(scores);

    assertThat(a.rejects()).isEmpty();
    assertThat(a.assessments())
        .extracting(Assessment::day)
        .containsExactly(
            (int) LocalDate.of(2024, 1, 9).toEpochDay(),
            (int) LocalDate.of(2024, 1, 16).toEpochDay());
  }

  @Test
  void referenceDateFromADayBeforeDayOneSkipsDayZero() {
    // 2024-01-09 is day -1, so day 1 is 2024-01-10 and day 7 is 2024-01-16.
    List<ScoreObservation> scores =
        concat(
            items(0, 2, "PHQ9", LocalDate.of(2024, 1, 9), -1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 12, "PHQ9", null, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2));

    SubjectAssembly a = assemble(scores);

    assertThat(a.assessments())
        .extracting(Assessment::day)
        .containsExactly(
            (int) LocalDate.of(2024, 1, 9).toEpochDay(),
            (int) LocalDate.of(2024, 1, 16).toEpochDay());
  }

  @Test
  void studyDaysOnlyStayOnTheStudyDayAxisWithoutDayZero() {
    List<ScoreObservation> scores =
        concat(
            items(0, 2, "PHQ9", null, -14, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 12, "PHQ9", null, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 22, "PHQ9", null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
            items(0, 32, "PHQ9", null, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1));

    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            scores,
            List.of(infusion(1, 2, null, 1, null, 0.5)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.rejects()).isEmpty();
    assertThat(a.assessments()).extracting(Assessment::day).containsExactly(-13, 0, 1, 8);
    assertThat(a.assessments()).extracting(Assessment::studyDay).containsExactly(-14, -1, 1, 8);
    assertThat(a.assessments()).extracting(Assessment::timeAxis).containsOnly(TimeAxis.STUDY_DAY);
    assertThat(a.infusions().get(0).day()).isEqualTo(1);
    assertThat(a.subject().timeAxis()).isEqualTo(TimeAxis.STUDY_DAY);
  }

  @Test
  void subjectWithoutDemographicsTakesTheSiteOfItsRecords() {
    List<ScoreObservation> scores = new ArrayList<>();
    for (ScoreObservation o : madrs(0, 2, JAN_2, 1)) {
      scores.add(
          new ScoreObservation(
              o.studyId(),
              "SITE-9",
              o.subjectId(),
              o.scale(),
              o.item(),
              o.value(),
              o.valueColumn(),
              o.date(),
              o.studyDay(),
              o.time(),
              o.visit(),
              o.origin(),
              null));
    }

    Subject s = assemble(scores).subject();

    assertThat(s.studyId()).isEqualTo("S1");
    assertThat(s.subjectId()).isEqualTo("P1");
    assertThat(s.siteId()).isEqualTo("SITE-9");
    assertThat(s.sex()).isNull();
    assertThat(s.timeAxis()).isEqualTo(TimeAxis.DATE);
  }

  @Test
  void laterDemographicsWinAndAnIdenticalRepeatIsCounted() {
    SubjectAssembly a =
        ASSEMBLER.assemble(
            "S1",
            "P1",
            List.of(),
            List.of(),
            List.of(dm(3, 2, JAN_2), dm(2, 2, JAN_2)),
            List.of(),
            List.of(),
            List.of());

    assertThat(a.subject()).isNotNull();
    assertThat(a.subject().referenceDate()).isEqualTo(JAN_2);
    assertThat(rules(a.warnings())).containsExactly("duplicate_identical");
    assertThat(a.warnings().get(0).origin().fileOrder()).isEqualTo(2);
  }
}
