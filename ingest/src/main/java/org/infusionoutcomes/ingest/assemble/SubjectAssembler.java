package org.infusionoutcomes.ingest.assemble;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.reflect.RecordShape;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.scoring.AssessmentScorer;
import org.infusionoutcomes.ingest.scoring.ScoreResult;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MedicationObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceRecord;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.TimeParsing;
import org.infusionoutcomes.ingest.value.Numbers;

/**
 * Turns everything read about one subject into canonical rows (docs/formats.md, "Scales";
 * docs/definitions.md, "Days and times", "Course"; docs/decisions.md, "Snapshots and duplicates",
 * "The day axis of a subject"):
 *
 * <ol>
 *   <li>the subject's day axis: calendar dates when any record has one (study-day-only records are
 *       placed by the reference date), else study days; dates mixed with study days and no
 *       reference date reject the subject as a whole ({@code mixed_time_axis});
 *   <li>assessments keyed by (scale, day, time, visit): the whole assessment comes from the latest
 *       file holding the key, a repeated item within that file is taken from the later line;
 *       identical duplicates are collapsed and counted, conflicting ones reported;
 *   <li>scoring of each assessment ({@link AssessmentScorer}); a rejected assessment rejects every
 *       line it came from;
 *   <li>infusions keyed by (day, time), the later file and line winning;
 *   <li>vital signs keyed by (test, day, time, minutes_from_start) and adverse events keyed by
 *       (term, onset day), the later file and line winning (docs/formats.md, "Vital signs" and
 *       "Adverse events"); an adverse event with an unknown onset is kept with an empty onset day;
 *   <li>medications keyed by (drug, start date, start study day), the later file and line winning
 *       (docs/formats.md, "Medications"); their dates stay as the source gives them (possibly
 *       partial), so they do not choose the subject's day axis, but a subject rejected for a mixed
 *       axis rejects them too.
 * </ol>
 *
 * <p>Pure Java: the Spark job calls it once per (study, subject) group.
 */
public final class SubjectAssembler {
  private final ScaleRegistry registry;

  public SubjectAssembler(ScaleRegistry registry) {
    this.registry = registry;
  }

  private record AssessmentKey(
      String scale, int day, LocalTime time, String visit, Integer minutesFromStart) {}

  private static final Comparator<AssessmentKey> KEY_ORDER =
      Comparator.comparing(AssessmentKey::scale)
          .thenComparingInt(AssessmentKey::day)
          .thenComparing(AssessmentKey::time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(AssessmentKey::visit, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              AssessmentKey::minutesFromStart, Comparator.nullsFirst(Comparator.naturalOrder()));

  private record VitalKey(String test, int day, LocalTime time, Integer minutesFromStart) {}

  private static final Comparator<VitalKey> VITAL_ORDER =
      Comparator.comparing(VitalKey::test)
          .thenComparingInt(VitalKey::day)
          .thenComparing(VitalKey::time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              VitalKey::minutesFromStart, Comparator.nullsFirst(Comparator.naturalOrder()));

  private record AdverseEventKey(String term, Integer onsetDay) {}

  private static final Comparator<AdverseEventKey> AE_ORDER =
      Comparator.comparing(AdverseEventKey::term)
          .thenComparing(
              AdverseEventKey::onsetDay, Comparator.nullsFirst(Comparator.naturalOrder()));

  private record MedicationKey(String drug, String startDate, Integer startDay) {}

  private static final Comparator<MedicationKey> MEDICATION_ORDER =
      Comparator.comparing(MedicationKey::drug)
          .thenComparing(MedicationKey::startDate, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(MedicationKey::startDay, Comparator.nullsFirst(Comparator.naturalOrder()));

  private record InfusionKey(int day, LocalTime time) {}

  private static final Comparator<InfusionKey> INFUSION_ORDER =
      Comparator.comparingInt(InfusionKey::day)
          .thenComparing(InfusionKey::time, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final Comparator<Origin> ORIGIN_ORDER =
      Comparator.comparingInt(Origin::fileOrder).thenComparingLong(Origin::line);

  /**
   * The subject being assembled and what was found about its records: every reject and warning
   * names this study and subject.
   */
  private record Scope(
      String studyId, String subjectId, List<Reject> rejects, List<Reject> warnings) {
    /** Rejects the record read at {@code origin} ({@code column} null: the whole record). */
    void reject(Origin origin, String column, RejectRule rule, String reason) {
      rejects.add(new Reject(origin, column, rule, reason, studyId, subjectId));
    }

    /** Keeps the record read at {@code origin} with a warning. */
    void warn(Origin origin, String column, RejectRule rule, String reason) {
      warnings.add(new Reject(origin, column, rule, reason, studyId, subjectId));
    }

    /**
     * Warns of an earlier duplicate of a kept record: an identical one (kept without its raw text)
     * or a conflicting one.
     */
    void duplicate(Origin earlier, String column, boolean identical, String reason) {
      warn(
          identical ? earlier.withoutRawRecord() : earlier,
          column,
          identical ? RejectRule.DUPLICATE_IDENTICAL : RejectRule.DUPLICATE_CONFLICTING,
          reason);
    }
  }

  /** Assembles one subject; the lists may be in any order. */
  public SubjectAssembly assemble(
      String studyId,
      String subjectId,
      List<ScoreObservation> scores,
      List<InfusionObservation> infusions,
      List<SubjectObservation> subjectRecords,
      List<VitalObservation> vitals,
      List<AdverseEventObservation> adverseEvents,
      List<MedicationObservation> medications) {
    Scope scope = new Scope(studyId, subjectId, new ArrayList<>(), new ArrayList<>());

    List<SubjectObservation> demographics = new ArrayList<>(subjectRecords);
    demographics.sort(Comparator.comparing(SubjectObservation::origin, ORIGIN_ORDER));
    SubjectObservation latestDemographics =
        latestOf(demographics, SubjectAssembler::sameContent, scope);

    List<TimedRecord> timed = timedRecords(scores, infusions, vitals, adverseEvents);
    Axis axis = resolveAxis(timed, latestDemographics);
    if (axis == null) {
      String reason = mixedAxisReason(timed, subjectId);
      for (List<? extends SourceRecord> kind :
          List.of(vitals, adverseEvents, medications, scores, infusions, demographics)) {
        for (SourceRecord o : kind) {
          scope.reject(o.origin(), null, RejectRule.MIXED_TIME_AXIS, reason);
        }
      }
      return new SubjectAssembly(
          List.of(),
          List.of(),
          null,
          sorted(scope.rejects()),
          sorted(scope.warnings()),
          List.of(),
          List.of(),
          List.of());
    }
    String subjectSite = latestDemographics == null ? null : latestDemographics.siteId();

    List<Assessment> assessments = assembleAssessments(scope, scores, axis, subjectSite);
    List<Infusion> infusionRows = assembleInfusions(scope, infusions, axis, subjectSite);
    List<VitalSign> vitalRows = assembleVitals(scope, vitals, axis, subjectSite);
    List<AdverseEvent> aeRows = assembleAdverseEvents(scope, adverseEvents, axis);
    List<Medication> medicationRows = assembleMedications(scope, medications, subjectSite);

    Subject subject = null;
    if (latestDemographics != null
        || !assessments.isEmpty()
        || !infusionRows.isEmpty()
        || !vitalRows.isEmpty()
        || !aeRows.isEmpty()
        || !medicationRows.isEmpty()) {
      String site = subjectSite;
      if (site == null) {
        site =
            assessments.stream()
                .map(Assessment::siteId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(
                    infusionRows.stream()
                        .map(Infusion::siteId)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(
                            vitalRows.stream()
                                .map(VitalSign::siteId)
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null)));
      }
      subject =
          latestDemographics == null
              ? new Subject(studyId, subjectId, site, null, null, null, null, axis.axis)
              : new Subject(
                  studyId,
                  subjectId,
                  site,
                  latestDemographics.sex(),
                  latestDemographics.age(),
                  latestDemographics.arm(),
                  latestDemographics.referenceDate(),
                  axis.axis);
    }
    return new SubjectAssembly(
        assessments,
        infusionRows,
        subject,
        sorted(scope.rejects()),
        sorted(scope.warnings()),
        vitalRows,
        aeRows,
        medicationRows);
  }

  // ---------------------------------------------------------------- time axis

  /** The subject's axis and the reference date that places study-day-only records on it. */
  private record Axis(TimeAxis axis, LocalDate reference) {
    int dayOf(LocalDate date, Integer studyDay) {
      if (axis == TimeAxis.DATE) {
        LocalDate d = date != null ? date : TimeParsing.dateOfStudyDay(reference, studyDay);
        return Math.toIntExact(d.toEpochDay());
      }
      return TimeParsing.axisDayOfStudyDay(studyDay);
    }
  }

  private static Axis resolveAxis(List<TimedRecord> records, SubjectObservation demographics) {
    boolean anyDate = records.stream().anyMatch(r -> r.date != null);
    boolean anyDayOnly = records.stream().anyMatch(r -> r.date == null && r.studyDay != null);
    LocalDate reference = demographics == null ? null : demographics.referenceDate();
    if (reference == null) {
      reference =
          records.stream()
              .filter(r -> r.date != null && r.studyDay != null)
              .min(Comparator.comparing(r -> r.origin, ORIGIN_ORDER))
              .map(r -> TimeParsing.referenceDateOf(r.date, r.studyDay))
              .orElse(null);
    }
    if (!anyDate) {
      return new Axis(TimeAxis.STUDY_DAY, reference);
    }
    if (anyDayOnly && reference == null) {
      return null;
    }
    return new Axis(TimeAxis.DATE, reference);
  }

  private record TimedRecord(LocalDate date, Integer studyDay, Origin origin) {}

  /**
   * Every record that places something on a day. Adverse events with an unknown onset place
   * nothing; their end day follows the axis the other records choose.
   */
  private static List<TimedRecord> timedRecords(
      List<ScoreObservation> scores,
      List<InfusionObservation> infusions,
      List<VitalObservation> vitals,
      List<AdverseEventObservation> adverseEvents) {
    List<TimedRecord> out = new ArrayList<>(scores.size() + infusions.size() + vitals.size());
    scores.forEach(o -> out.add(new TimedRecord(o.date(), o.studyDay(), o.origin())));
    infusions.forEach(o -> out.add(new TimedRecord(o.date(), o.studyDay(), o.origin())));
    vitals.forEach(o -> out.add(new TimedRecord(o.date(), o.studyDay(), o.origin())));
    adverseEvents.stream()
        .filter(o -> !o.onsetUnknown())
        .forEach(o -> out.add(new TimedRecord(o.onsetDate(), o.onsetStudyDay(), o.origin())));
    return out;
  }

  private static String mixedAxisReason(List<TimedRecord> timed, String subjectId) {
    List<TimedRecord> records = new ArrayList<>(timed);
    records.sort(Comparator.comparing(r -> r.origin, ORIGIN_ORDER));
    Origin dated =
        records.stream().filter(r -> r.date != null).findFirst().map(r -> r.origin).orElseThrow();
    Origin dayOnly =
        records.stream().filter(r -> r.date == null).findFirst().map(r -> r.origin).orElseThrow();
    return "subject "
        + subjectId
        + " has records with calendar dates ("
        + where(dated)
        + ") and records with study days only ("
        + where(dayOnly)
        + ") but no reference date; give the reference date (DM RFSTDTC, subjects reference_date) or dates throughout";
  }

  private static String where(Origin o) {
    String file = o.file();
    int slash = file.lastIndexOf('/');
    return (slash >= 0 ? file.substring(slash + 1) : file) + ":" + o.line();
  }

  // ---------------------------------------------------------------- assessments

  private List<Assessment> assembleAssessments(
      Scope scope, List<ScoreObservation> scores, Axis axis, String subjectSite) {
    Map<AssessmentKey, List<ScoreObservation>> byKey = new TreeMap<>(KEY_ORDER);
    for (ScoreObservation o : scores) {
      AssessmentKey key =
          new AssessmentKey(
              o.scale(),
              axis.dayOf(o.date(), o.studyDay()),
              o.time(),
              o.visit(),
              o.minutesFromStart());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
    List<Assessment> out = new ArrayList<>();
    for (Map.Entry<AssessmentKey, List<ScoreObservation>> e : byKey.entrySet()) {
      AssessmentKey key = e.getKey();
      ScaleDefinition scale =
          registry
              .byId(key.scale())
              .orElseThrow(
                  () -> new IllegalStateException("reader emitted unknown scale " + key.scale()));
      TreeMap<Integer, List<ScoreObservation>> byFile = new TreeMap<>();
      for (ScoreObservation o : e.getValue()) {
        byFile.computeIfAbsent(o.origin().fileOrder(), f -> new ArrayList<>()).add(o);
      }
      List<ScoreObservation> winners = byFile.lastEntry().getValue();
      winners.sort(Comparator.comparing(ScoreObservation::origin, ORIGIN_ORDER));
      Map<Integer, ScoreObservation> latest = latestByItem(winners, scope);
      for (List<ScoreObservation> superseded : byFile.headMap(byFile.lastKey()).values()) {
        superseded.sort(Comparator.comparing(ScoreObservation::origin, ORIGIN_ORDER));
        Map<Integer, ScoreObservation> earlier = latestByItem(superseded, null);
        boolean identical = sameValues(earlier, latest);
        ScoreObservation first = superseded.get(0);
        scope.duplicate(
            first.origin(),
            null,
            identical,
            key.scale()
                + " assessment "
                + describe(first)
                + (identical ? " repeated identically in " : " superseded by ")
                + where(winners.get(0).origin()));
      }

      Map<Integer, ScoreObservation> items = new LinkedHashMap<>(latest);
      ScoreObservation total = items.remove(ItemRef.TOTAL);
      ScoreResult result = AssessmentScorer.score(scale, items, total);
      if (result instanceof ScoreResult.Rejected r) {
        TreeSet<Long> seen = new TreeSet<>();
        for (ScoreObservation o : winners) {
          if (seen.add(o.origin().line())) {
            boolean offending =
                r.offending() != null && r.offending().origin().line() == o.origin().line();
            String reason =
                offending || r.offending() == null
                    ? r.reason()
                    : r.reason()
                        + " (line "
                        + r.offending().origin().line()
                        + "); the whole assessment is rejected";
            scope.reject(
                o.origin(), offending ? r.offending().valueColumn() : null, r.rule(), reason);
          }
        }
        continue;
      }
      ScoreResult.Scored s = (ScoreResult.Scored) result;
      if (s.reportedTotalMismatch()) {
        scope.warn(
            total.origin(),
            total.valueColumn(),
            RejectRule.REPORTED_TOTAL_MISMATCH,
            key.scale()
                + " reported total "
                + total.value().trim()
                + " differs from the item total "
                + formatTotal(s.total())
                + "; the item total is used");
      }
      ScoreObservation head = winners.get(0);
      out.add(
          new Assessment(
              scope.studyId(),
              winners.stream()
                  .map(ScoreObservation::siteId)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(subjectSite),
              scope.subjectId(),
              scale.id(),
              scale.version(),
              winners.stream()
                  .map(ScoreObservation::date)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(null),
              winners.stream()
                  .map(ScoreObservation::studyDay)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(null),
              key.day(),
              axis.axis,
              key.time(),
              key.visit(),
              s.items(),
              s.itemsAnswered(),
              s.total(),
              s.totalSource(),
              s.reportedTotal(),
              s.safetyFlag(),
              s.severity(),
              head.origin().format().id(),
              head.origin().file(),
              head.origin().line(),
              winners.stream().map(o -> o.origin().line()).distinct().sorted().toList(),
              key.minutesFromStart()));
    }
    return out;
  }

  /**
   * The latest observation per item (item 0 = total); earlier repeats become warnings of {@code
   * scope}, unless it is null.
   */
  private static Map<Integer, ScoreObservation> latestByItem(
      List<ScoreObservation> ordered, Scope scope) {
    Map<Integer, ScoreObservation> latest = new TreeMap<>();
    for (ScoreObservation o : ordered) {
      ScoreObservation previous = latest.put(o.item(), o);
      if (previous != null && scope != null) {
        boolean identical = sameValue(previous.value(), o.value());
        scope.duplicate(
            previous.origin(),
            previous.valueColumn(),
            identical,
            o.scale()
                + (o.item() == ItemRef.TOTAL ? " total" : " item " + o.item())
                + " of assessment "
                + describe(o)
                + (identical ? " repeated identically on line " : " superseded by line ")
                + o.origin().line());
      }
    }
    return latest;
  }

  private static boolean sameValues(
      Map<Integer, ScoreObservation> a, Map<Integer, ScoreObservation> b) {
    TreeSet<Integer> items = new TreeSet<>(a.keySet());
    items.addAll(b.keySet());
    for (int item : items) {
      ScoreObservation x = a.get(item);
      ScoreObservation y = b.get(item);
      if (!sameValue(x == null ? null : x.value(), y == null ? null : y.value())) {
        return false;
      }
    }
    return true;
  }

  /** Two values are the same when both are missing, numerically equal, or equal as trimmed text. */
  static boolean sameValue(String a, String b) {
    String x = a == null ? "" : a.trim();
    String y = b == null ? "" : b.trim();
    if (x.equals(y)) {
      return true;
    }
    Double dx = Numbers.parseNumber(x);
    Double dy = Numbers.parseNumber(y);
    return dx != null && dx.equals(dy);
  }

  private static String describe(ScoreObservation o) {
    StringBuilder sb = new StringBuilder();
    sb.append(o.date() != null ? "on " + o.date() : "on study day " + o.studyDay());
    if (o.time() != null) {
      sb.append(' ').append(o.time());
    }
    if (o.visit() != null) {
      sb.append(" (").append(o.visit()).append(')');
    }
    return sb.toString();
  }

  private static String formatTotal(double total) {
    return total == Math.rint(total) ? Long.toString((long) total) : Double.toString(total);
  }

  // ---------------------------------------------------------------- infusions

  private static List<Infusion> assembleInfusions(
      Scope scope, List<InfusionObservation> infusions, Axis axis, String subjectSite) {
    return latestPerKey(
        infusions,
        o -> new InfusionKey(axis.dayOf(o.date(), o.studyDay()), o.time()),
        INFUSION_ORDER,
        SubjectAssembler::sameContent,
        (key, w) ->
            new Infusion(
                scope.studyId(),
                w.siteId() != null ? w.siteId() : subjectSite,
                scope.subjectId(),
                w.date(),
                w.studyDay(),
                key.day(),
                axis.axis,
                w.time(),
                w.doseMgPerKg(),
                w.doseMg(),
                w.route(),
                w.drug(),
                w.courseLabel(),
                w.origin().format().id(),
                w.origin().file(),
                w.origin().line()),
        scope);
  }

  // ---------------------------------------------------------------- vital signs

  private static List<VitalSign> assembleVitals(
      Scope scope, List<VitalObservation> vitals, Axis axis, String subjectSite) {
    return latestPerKey(
        vitals,
        o ->
            new VitalKey(
                o.test(), axis.dayOf(o.date(), o.studyDay()), o.time(), o.minutesFromStart()),
        VITAL_ORDER,
        (a, b) ->
            a.value() == b.value()
                && Objects.equals(a.siteId(), b.siteId())
                && Objects.equals(a.position(), b.position()),
        (key, w) ->
            new VitalSign(
                scope.studyId(),
                w.siteId() != null ? w.siteId() : subjectSite,
                scope.subjectId(),
                w.test(),
                w.value(),
                w.unit(),
                w.date(),
                w.studyDay(),
                key.day(),
                w.time(),
                w.minutesFromStart(),
                w.origin().format().id(),
                w.origin().file(),
                w.origin().line()),
        scope);
  }

  // ---------------------------------------------------------------- adverse events

  private static List<AdverseEvent> assembleAdverseEvents(
      Scope scope, List<AdverseEventObservation> events, Axis axis) {
    return latestPerKey(
        events,
        o ->
            new AdverseEventKey(
                o.term().trim().toUpperCase(java.util.Locale.ROOT),
                o.onsetUnknown() ? null : dayOrNull(axis, o.onsetDate(), o.onsetStudyDay())),
        AE_ORDER,
        // Adverse events are compared without their site.
        (a, b) -> sameContent(a, b, "siteId"),
        (key, w) ->
            new AdverseEvent(
                scope.studyId(),
                scope.subjectId(),
                w.term(),
                w.preferredTerm(),
                w.bodySystem(),
                w.severity(),
                w.serious(),
                w.related(),
                w.onsetDate(),
                key.onsetDay(),
                dayOrNull(axis, w.endDate(), w.endStudyDay()),
                w.origin().file(),
                w.origin().line()),
        scope);
  }

  /**
   * The analysis day of a date or study day, or null when it cannot be placed on the subject's axis
   * (no value, or a study day without the reference date on a calendar axis and vice versa).
   */
  private static Integer dayOrNull(Axis axis, LocalDate date, Integer studyDay) {
    if (date == null && studyDay == null) {
      return null;
    }
    if (axis.axis == TimeAxis.DATE && date == null && axis.reference == null) {
      return null;
    }
    if (axis.axis == TimeAxis.STUDY_DAY && studyDay == null) {
      return axis.reference == null
          ? null
          : TimeParsing.axisDayOfStudyDay(studyDayOf(axis.reference, date));
    }
    return axis.dayOf(date, studyDay);
  }

  private static int studyDayOf(LocalDate reference, LocalDate date) {
    long d = date.toEpochDay() - reference.toEpochDay();
    return Math.toIntExact(d >= 0 ? d + 1 : d);
  }

  // ---------------------------------------------------------------- medications

  private static List<Medication> assembleMedications(
      Scope scope, List<MedicationObservation> medications, String subjectSite) {
    return latestPerKey(
        medications,
        o ->
            new MedicationKey(
                o.drug().trim().toUpperCase(java.util.Locale.ROOT),
                o.startDate(),
                o.startStudyDay()),
        MEDICATION_ORDER,
        SubjectAssembler::sameContent,
        (key, w) ->
            new Medication(
                scope.studyId(),
                w.siteId() != null ? w.siteId() : subjectSite,
                scope.subjectId(),
                w.drug(),
                w.decod(),
                w.drugClass(),
                w.startDate(),
                w.startStudyDay(),
                w.endDate(),
                w.endStudyDay(),
                w.ongoing(),
                w.dose(),
                w.doseUnit(),
                w.route(),
                w.frequency(),
                w.origin().format().id(),
                w.origin().file(),
                w.origin().line()),
        scope);
  }

  /**
   * Whether two records of one subject say the same: every component equal except the study,
   * subject and origin (where each was read) and {@code alsoIgnored}. Compares the record's
   * components, so a component added to an observation is compared without further code.
   */
  private static boolean sameContent(Record a, Record b, String... alsoIgnored) {
    Set<String> ignored = new HashSet<>(List.of("studyId", "subjectId", "origin"));
    ignored.addAll(List.of(alsoIgnored));
    RecordShape shape = RecordShape.of(a.getClass());
    for (int i = 0; i < shape.size(); i++) {
      if (!ignored.contains(shape.name(i)) && !Objects.equals(shape.get(a, i), shape.get(b, i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameContent(Record a, Record b) {
    return sameContent(a, b, new String[0]);
  }

  /**
   * The "later file wins" rule for one kind of record: groups {@code records} by {@code key} (in
   * {@code keyOrder}), keeps the latest record of each group by origin, reports the earlier ones as
   * duplicates ({@link #latestOf}), and builds the kept row with {@code build}.
   */
  private static <K, T extends SourceRecord, R> List<R> latestPerKey(
      List<T> records,
      Function<T, K> key,
      Comparator<K> keyOrder,
      BiPredicate<T, T> same,
      BiFunction<K, T, R> build,
      Scope scope) {
    Map<K, List<T>> byKey = new TreeMap<>(keyOrder);
    for (T o : records) {
      byKey.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
    }
    List<R> out = new ArrayList<>();
    for (Map.Entry<K, List<T>> e : byKey.entrySet()) {
      List<T> group = e.getValue();
      group.sort(Comparator.comparing(SourceRecord::origin, ORIGIN_ORDER));
      out.add(build.apply(e.getKey(), latestOf(group, same, scope)));
    }
    return out;
  }

  /**
   * The last record of an origin-ordered group; each earlier one is reported as an identical or a
   * conflicting duplicate. Null for an empty group.
   */
  private static <T extends SourceRecord> T latestOf(
      List<T> ordered, BiPredicate<T, T> same, Scope scope) {
    if (ordered.isEmpty()) {
      return null;
    }
    T winner = ordered.get(ordered.size() - 1);
    for (T earlier : ordered.subList(0, ordered.size() - 1)) {
      boolean identical = same.test(earlier, winner);
      scope.duplicate(
          earlier.origin(),
          null,
          identical,
          (identical ? "repeated identically in " : "superseded by ") + where(winner.origin()));
    }
    return winner;
  }

  private static List<Reject> sorted(List<Reject> rejects) {
    rejects.sort(
        Comparator.comparing(Reject::origin, ORIGIN_ORDER)
            .thenComparing(r -> r.rule().id())
            .thenComparing(Reject::reason));
    return rejects;
  }
}
