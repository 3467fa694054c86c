package org.infusionoutcomes.transform.derive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.derive.baseline.Baseline;
import org.infusionoutcomes.transform.derive.baseline.BaselineSelector;
import org.infusionoutcomes.transform.derive.baseline.NotEvaluableReason;
import org.infusionoutcomes.transform.derive.course.CourseSplitter;
import org.infusionoutcomes.transform.derive.course.CourseWindow;
import org.infusionoutcomes.transform.derive.course.InfusionCourse;
import org.infusionoutcomes.transform.derive.criteria.ChangeFromBaseline;
import org.infusionoutcomes.transform.derive.criteria.DecimalText;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;
import org.infusionoutcomes.transform.derive.endpoint.EndpointSelector;
import org.infusionoutcomes.transform.derive.endpoint.Endpoints;
import org.infusionoutcomes.transform.derive.timeline.Chronology;
import org.infusionoutcomes.transform.derive.tte.Durability;
import org.infusionoutcomes.transform.derive.tte.TimeToEvent;
import org.infusionoutcomes.transform.derive.tte.TimeToRemission;
import org.infusionoutcomes.transform.derive.tte.TimeToResponse;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.RelapseRule;

/**
 * Derives every row (docs/definitions.md) for one subject from its canonical assessments and
 * infusions. Pure and stateless apart from the configuration: the Spark layer groups rows by
 * (study_id, subject_id) and calls {@link #derive} once per subject. See {@code
 * docs/definitions.md}.
 */
public final class SubjectDeriver implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DeriveSettings config;
  private final ScaleRegistry registry;
  private final RelapseRule primaryRelapseRule;

  /** A deriver under one run configuration; {@code registry} supplies scale definition versions. */
  public SubjectDeriver(DeriveSettings config, ScaleRegistry registry) {
    this.config = Objects.requireNonNull(config, "config");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.primaryRelapseRule = config.relapseRule();
  }

  /**
   * All derived rows of one subject. Input lists may be in any order and may be empty; all records
   * must belong to the same study and subject and share one time axis.
   *
   * @throws IllegalArgumentException when the records belong to more than one subject or mix time
   *     axes (ingest rejects such subjects), or a scale has no configured thresholds
   */
  public SubjectDerivation derive(List<Assessment> assessments, List<Infusion> infusions) {
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(infusions, "infusions");
    SubjectKey subject = SubjectKey.of(assessments, infusions);
    List<InfusionCourse> courses = new CourseSplitter(config.courseGapDays()).split(infusions);
    if (courses.isEmpty()) {
      return SubjectDerivation.empty();
    }
    // Scales rated to monitor a side effect (outcome: false, e.g. the CADSS) have no outcomes.
    Map<String, List<Assessment>> byScale =
        assessments.stream()
            .filter(a -> registry.byId(a.scale()).map(ScaleDefinition::outcome).orElse(true))
            .collect(
                Collectors.groupingBy(
                    Assessment::scale,
                    TreeMap::new,
                    Collectors.collectingAndThen(Collectors.toList(), Chronology::sorted)));
    Map<String, OutcomeCriteria> criteria = new HashMap<>();

    List<Course> courseRows = new ArrayList<>();
    List<VisitOutcome> visitRows = new ArrayList<>();
    List<CourseOutcome> outcomeRows = new ArrayList<>();
    List<TteRecord> tteRows = new ArrayList<>();
    for (int k = 0; k < courses.size(); k++) {
      InfusionCourse course = courses.get(k);
      Infusion next = k + 1 < courses.size() ? courses.get(k + 1).first() : null;
      CourseWindow window =
          new CourseWindow(course, next, config.baselineWindowDays(), config.endpointWindowDays());
      courseRows.add(courseRow(subject, window));
      for (Map.Entry<String, List<Assessment>> e : byScale.entrySet()) {
        List<Assessment> scaleAssessments = e.getValue();
        if (scaleAssessments.stream().noneMatch(window::isAligned)) {
          continue;
        }
        OutcomeCriteria c =
            criteria.computeIfAbsent(e.getKey(), s -> OutcomeCriteria.of(config, s));
        CourseScale cs =
            new CourseScale(
                subject,
                window,
                e.getKey(),
                scaleVersion(e.getKey(), scaleAssessments),
                c,
                scaleAssessments,
                BaselineSelector.select(window, scaleAssessments),
                EndpointSelector.select(window, scaleAssessments));
        visitRows.addAll(visitRows(cs));
        outcomeRows.add(outcomeRow(cs));
        tteRows.addAll(tteRows(cs));
      }
    }
    return new SubjectDerivation(courseRows, visitRows, outcomeRows, tteRows);
  }

  /** The registry's definition version; the data's own version for a scale it does not know. */
  private String scaleVersion(String scale, List<Assessment> scaleAssessments) {
    return registry
        .byId(scale)
        .map(ScaleDefinition::version)
        .orElse(scaleAssessments.get(0).scaleVersion());
  }

  private static Course courseRow(SubjectKey subject, CourseWindow w) {
    InfusionCourse c = w.course();
    Infusion first = c.first();
    Infusion last = c.last();
    return new Course(
        subject.studyId(),
        subject.siteId(),
        subject.subjectId(),
        c.number(),
        c.label(),
        c.rule().id(),
        first.day(),
        last.day(),
        first.studyDay(),
        last.studyDay(),
        dateOf(first.infusionDate(), first.day(), subject.timeAxis()),
        dateOf(last.infusionDate(), last.day(), subject.timeAxis()),
        first.infusionTime(),
        c.infusions().size(),
        c.assignedByPosition(),
        w.nextCourseFirstDay(),
        subject.timeAxis().id(),
        first.sourceFile(),
        first.sourceLine());
  }

  private static List<VisitOutcome> visitRows(CourseScale cs) {
    CourseWindow w = cs.window();
    Baseline b = cs.baseline();
    Double base = b.value();
    List<VisitOutcome> rows = new ArrayList<>();
    for (Assessment a : cs.assessments()) {
      if (!w.isAligned(a)) {
        continue;
      }
      Phase phase = phaseOf(cs, a);
      boolean hasChange = phase == Phase.BASELINE || w.isPostBaseline(a);
      boolean flagged = w.isPostBaseline(a) && b.itt();
      rows.add(
          new VisitOutcome(
              cs.subject().studyId(),
              a.siteId() != null ? a.siteId() : cs.subject().siteId(),
              cs.subject().subjectId(),
              w.course().number(),
              a.scale(),
              a.scaleVersion(),
              a.day(),
              a.studyDay(),
              dateOf(a.assessmentDate(), a.day(), cs.subject().timeAxis()),
              a.assessmentTime(),
              a.visit(),
              a.day() - w.startDay(),
              a.day() - w.lastInfusionDay(),
              w.daysSinceLastInfusion(a),
              phase.id(),
              b.isRecord(a),
              cs.endpoints().ocRecord() == a,
              cs.endpoints().locfRecord() == a,
              base,
              a.totalScore(),
              a.totalSource(),
              hasChange ? ChangeFromBaseline.chg(base, a.totalScore()) : null,
              hasChange ? ChangeFromBaseline.pchg(base, a.totalScore()) : null,
              flagged ? cs.response(a) : null,
              flagged ? cs.remission(a) : null,
              cs.criteria().responseDefinition(),
              cs.criteria().remissionDefinition(),
              a.sourceFile(),
              a.sourceLine()));
    }
    return rows;
  }

  private static Phase phaseOf(CourseScale cs, Assessment a) {
    CourseWindow w = cs.window();
    if (w.inBaselineWindow(a)) {
      if (cs.baseline().isRecord(a)) {
        return Phase.BASELINE;
      }
      return cs.baseline().isUnselectedCandidate(a)
          ? Phase.BASELINE_CANDIDATE
          : Phase.PRE_BASELINE_WINDOW;
    }
    if (a.day() <= w.lastInfusionDay()) {
      return Phase.TREATMENT;
    }
    return a.day() <= w.endpointWindowEnd() ? Phase.ENDPOINT_WINDOW : Phase.FOLLOW_UP;
  }

  private static CourseOutcome outcomeRow(CourseScale cs) {
    CourseWindow w = cs.window();
    Baseline b = cs.baseline();
    Endpoints e = cs.endpoints();
    Assessment baseRecord = b.record();
    Assessment oc = e.ocRecord();
    Assessment locf = e.locfRecord();
    Double base = b.value();
    NotEvaluableReason reason = b.notEvaluableReason();
    boolean itt = b.itt();
    Integer baseDay =
        baseRecord != null
            ? Integer.valueOf(baseRecord.day())
            : b.candidates().isEmpty() ? null : b.candidates().get(0).day();
    return new CourseOutcome(
        cs.subject().studyId(),
        cs.subject().siteId(),
        cs.subject().subjectId(),
        w.course().number(),
        w.course().label(),
        cs.scale(),
        cs.scaleVersion(),
        w.startDay(),
        w.lastInfusionDay(),
        w.course().infusions().size(),
        w.nextCourseFirstDay(),
        itt,
        reason == null ? null : reason.id(),
        reason == NotEvaluableReason.BASELINE_AMBIGUOUS ? conflictText(b.candidates()) : null,
        base,
        baseDay,
        baseDay == null ? null : baseDay - w.startDay(),
        baseRecord == null ? null : baseRecord.sourceFile(),
        baseRecord == null ? null : baseRecord.sourceLine(),
        e.inCourse().size(),
        oc == null ? null : oc.totalScore(),
        oc == null ? null : oc.day(),
        oc == null ? null : oc.day() - w.startDay(),
        oc == null ? null : e.oc().conflicting(),
        oc == null ? null : oc.sourceFile(),
        oc == null ? null : oc.sourceLine(),
        oc == null ? null : ChangeFromBaseline.chg(base, oc.totalScore()),
        oc == null ? null : ChangeFromBaseline.pchg(base, oc.totalScore()),
        locf == null ? null : locf.totalScore(),
        locf == null ? null : locf.day(),
        locf == null ? null : locf.day() - w.startDay(),
        locf == null ? null : e.locfFromOc(),
        locf == null ? null : e.locf().conflicting(),
        locf == null ? null : locf.sourceFile(),
        locf == null ? null : locf.sourceLine(),
        locf == null ? null : ChangeFromBaseline.chg(base, locf.totalScore()),
        locf == null ? null : ChangeFromBaseline.pchg(base, locf.totalScore()),
        oc == null ? null : e.followUp().size(),
        itt && oc != null ? cs.response(oc) : null,
        itt && oc != null ? cs.remission(oc) : null,
        itt && locf != null ? cs.response(locf) : null,
        itt && locf != null ? cs.remission(locf) : null,
        itt ? oc != null && cs.response(oc) : null,
        itt ? oc != null && cs.remission(oc) : null,
        cs.criteria().responseDefinition(),
        cs.criteria().remissionDefinition());
  }

  private List<TteRecord> tteRows(CourseScale cs) {
    Baseline b = cs.baseline();
    Endpoints e = cs.endpoints();
    List<TteRecord> rows = new ArrayList<>();
    if (!b.itt() || e.inCourse().isEmpty()) {
      return rows; // neither endpoint: durability needs an OC endpoint, which is in-course
    }
    double base = b.value();
    OutcomeCriteria c = cs.criteria();
    CourseWindow w = cs.window();
    rows.add(
        tteRow(
            cs,
            TteRecord.TIME_TO_RESPONSE,
            null,
            true,
            c.responseDefinition(),
            TimeToResponse.derive(w.startDay(), base, e.inCourse(), c)));
    rows.add(
        tteRow(
            cs,
            TteRecord.TIME_TO_REMISSION,
            null,
            true,
            c.remissionDefinition(),
            TimeToRemission.derive(w.startDay(), e.inCourse(), c)));
    Assessment oc = e.ocRecord();
    if (oc != null && c.meetsResponse(base, oc.totalScore())) {
      for (RelapseRule rule : RelapseRule.values()) {
        rows.add(
            tteRow(
                cs,
                TteRecord.DURABILITY,
                rule.id(),
                rule == primaryRelapseRule,
                c.relapseDefinition(rule),
                Durability.derive(
                    w.lastInfusionDay(),
                    base,
                    oc,
                    e.followUp(),
                    w.nextCourseFirstInfusion(),
                    rule,
                    config.retreatmentIsRelapse(),
                    c)));
      }
    }
    return rows;
  }

  private static TteRecord tteRow(
      CourseScale cs,
      String endpoint,
      String relapseRule,
      boolean primary,
      String definition,
      TimeToEvent t) {
    return new TteRecord(
        cs.subject().studyId(),
        cs.subject().siteId(),
        cs.subject().subjectId(),
        cs.window().course().number(),
        cs.scale(),
        cs.scaleVersion(),
        endpoint,
        relapseRule,
        primary,
        definition,
        t.originDay(),
        t.endDay(),
        t.timeDays(),
        t.cnsr(),
        t.description(),
        t.score(),
        t.source().table(),
        t.source().file(),
        t.source().line());
  }

  private static String conflictText(List<Assessment> candidates) {
    return candidates.stream()
        .map(
            a ->
                DecimalText.plain(a.totalScore())
                    + " ("
                    + a.sourceFile()
                    + ":"
                    + a.sourceLine()
                    + ", "
                    + (a.assessmentTime() == null ? "no time" : a.assessmentTime().toString())
                    + ")")
        .collect(Collectors.joining("; "));
  }

  /** The date as given, else derived from a calendar axis; null on a study-day axis. */
  private static LocalDate dateOf(LocalDate given, int day, TimeAxis axis) {
    if (given != null) {
      return given;
    }
    return axis == TimeAxis.DATE ? LocalDate.ofEpochDay(day) : null;
  }

  /** One course x scale under analysis, with the pieces every row of it needs. */
  private record CourseScale(
      SubjectKey subject,
      CourseWindow window,
      String scale,
      String scaleVersion,
      OutcomeCriteria criteria,
      List<Assessment> assessments,
      Baseline baseline,
      Endpoints endpoints) {

    /** Response of an assessment; only called for ITT courses. */
    boolean response(Assessment a) {
      return criteria.meetsResponse(baseline.value(), a.totalScore());
    }

    boolean remission(Assessment a) {
      return criteria.meetsRemission(a.totalScore());
    }
  }

  /** Identity of the subject, checked to be the same on every record. */
  private record SubjectKey(String studyId, String subjectId, String siteId, TimeAxis timeAxis) {
    static SubjectKey of(List<Assessment> assessments, List<Infusion> infusions) {
      List<Infusion> sortedInfusions =
          infusions.stream().sorted(Chronology.INFUSION_ORDER).toList();
      List<Assessment> sortedAssessments = Chronology.sorted(assessments);
      List<Rec> records =
          Stream.concat(
                  sortedInfusions.stream()
                      .map(
                          i ->
                              new Rec(
                                  i.studyId(),
                                  i.subjectId(),
                                  i.siteId(),
                                  i.timeAxis(),
                                  i.sourceFile(),
                                  i.sourceLine())),
                  sortedAssessments.stream()
                      .map(
                          a ->
                              new Rec(
                                  a.studyId(),
                                  a.subjectId(),
                                  a.siteId(),
                                  a.timeAxis(),
                                  a.sourceFile(),
                                  a.sourceLine())))
              .toList();
      if (records.isEmpty()) {
        return new SubjectKey(null, null, null, null);
      }
      Rec first = records.get(0);
      for (Rec r : records) {
        if (!Objects.equals(r.studyId(), first.studyId())
            || !Objects.equals(r.subjectId(), first.subjectId())) {
          throw new IllegalArgumentException(
              "records of more than one subject: "
                  + first.studyId()
                  + "/"
                  + first.subjectId()
                  + " and "
                  + r.studyId()
                  + "/"
                  + r.subjectId()
                  + " at "
                  + r.file()
                  + ":"
                  + r.line());
        }
        if (r.timeAxis() != first.timeAxis()) {
          throw new IllegalArgumentException(
              "subject "
                  + first.studyId()
                  + "/"
                  + first.subjectId()
                  + " mixes time axes "
                  + first.timeAxis()
                  + " and "
                  + r.timeAxis()
                  + " at "
                  + r.file()
                  + ":"
                  + r.line()
                  + "; ingest rejects such subjects (mixed_time_axis)");
        }
      }
      String site =
          records.stream().map(Rec::siteId).filter(Objects::nonNull).findFirst().orElse(null);
      return new SubjectKey(first.studyId(), first.subjectId(), site, first.timeAxis());
    }

    private record Rec(
        String studyId,
        String subjectId,
        String siteId,
        TimeAxis timeAxis,
        String file,
        long line) {}
  }
}
