package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.transform.derive.Course;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.Phase;
import org.infusionoutcomes.transform.derive.VisitOutcome;
import org.infusionoutcomes.transform.settings.SafetySettings;

/**
 * Runs the safety derivations of one subject: numbers the infusions within their courses, places
 * the readings, derives each infusion x test, assigns adverse events to courses and derives the
 * suicidality items of the ITT courses. Reuses the courses, baselines and endpoints of the derive
 * stage rather than deciding them again.
 */
public final class SubjectSafetyDeriver implements Serializable {
  private final SafetySettings settings;

  public SubjectSafetyDeriver(SafetySettings settings) {
    this.settings = settings;
  }

  /** The infusions of the subject's courses, numbered 1..k in each (identical ones collapsed). */
  public static List<SafetyInfusion> number(List<Infusion> infusions, List<Course> courses) {
    List<SafetyInfusion> out = new ArrayList<>();
    for (Course c : courses) {
      Map<String, Infusion> distinct = new LinkedHashMap<>();
      infusions.stream()
          .filter(i -> i.day() >= c.firstInfusionDay() && i.day() <= c.lastInfusionDay())
          .sorted(
              Comparator.comparingInt(Infusion::day)
                  .thenComparing(
                      Infusion::infusionTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                  .thenComparing(Infusion::sourceFile)
                  .thenComparingLong(Infusion::sourceLine))
          .forEach(i -> distinct.putIfAbsent(i.day() + "|" + i.infusionTime(), i));
      int n = 0;
      for (Infusion i : distinct.values()) {
        n++;
        out.add(
            new SafetyInfusion(
                i.studyId(),
                i.siteId() != null ? i.siteId() : c.siteId(),
                i.subjectId(),
                c.courseNumber(),
                n,
                i.day(),
                i.infusionTime()));
      }
    }
    return out;
  }

  /** Derives everything for one subject; any list may be empty. */
  public SubjectSafety derive(
      List<Infusion> infusions,
      List<Course> courses,
      List<VitalSign> vitals,
      List<CadssRating> cadss,
      List<AdverseEvent> adverseEvents,
      List<Assessment> scaleAssessments,
      List<VisitOutcome> visits,
      List<CourseOutcome> outcomes) {
    List<SafetyInfusion> numbered = number(infusions, courses);
    List<SafetyReading> readings = new ArrayList<>();
    for (VitalSign v : vitals) {
      Placement p =
          ReadingPlacement.place(v.day(), v.measuredTime(), v.minutesFromStart(), numbered);
      readings.add(
          new SafetyReading(
              v.studyId(),
              v.siteId(),
              v.subjectId(),
              v.test(),
              v.value(),
              v.day(),
              p.status(),
              p.courseNumber(),
              p.infusionNumber(),
              p.offsetMinutes(),
              v.sourceFile(),
              v.sourceLine()));
    }
    for (CadssRating c : cadss) {
      Placement p = ReadingPlacement.place(c.day(), c.time(), c.minutesFromStart(), numbered);
      readings.add(
          new SafetyReading(
              c.studyId(),
              c.siteId(),
              c.subjectId(),
              InfusionSafetyRule.CADSS,
              c.total(),
              c.day(),
              p.status(),
              p.courseNumber(),
              p.infusionNumber(),
              p.offsetMinutes(),
              c.sourceFile(),
              c.sourceLine()));
    }
    List<InfusionSafety> perInfusion = perInfusion(numbered, readings);
    AdverseEventAssigner assigner = new AdverseEventAssigner(settings.aeFollowupDays());
    List<AdverseEventCourse> aes =
        adverseEvents.stream().map(ae -> assigner.assign(ae, courses)).toList();
    return new SubjectSafety(
        perInfusion, readings, aes, suicidality(scaleAssessments, visits, outcomes));
  }

  private List<InfusionSafety> perInfusion(
      List<SafetyInfusion> numbered, List<SafetyReading> readings) {
    Map<String, List<SafetyReading>> byInfusionTest = new LinkedHashMap<>();
    for (SafetyReading r : readings) {
      if (Placement.PLACED.equals(r.placement())) {
        byInfusionTest
            .computeIfAbsent(
                r.courseNumber() + "|" + r.infusionNumber() + "|" + r.test(),
                k -> new ArrayList<>())
            .add(r);
      }
    }
    InfusionSafetyRule rule = new InfusionSafetyRule(settings);
    List<InfusionSafety> out = new ArrayList<>();
    for (SafetyInfusion i : numbered) {
      byInfusionTest.forEach(
          (key, list) -> {
            SafetyReading r = list.get(0);
            if (r.courseNumber() == i.courseNumber() && r.infusionNumber() == i.infusionNumber()) {
              out.add(rule.derive(i, r.test(), list));
            }
          });
    }
    out.sort(
        Comparator.comparingInt(InfusionSafety::courseNumber)
            .thenComparingInt(InfusionSafety::infusionNumber)
            .thenComparing(InfusionSafety::test));
    return out;
  }

  private List<CourseSuicidality> suicidality(
      List<Assessment> assessments, List<VisitOutcome> visits, List<CourseOutcome> outcomes) {
    Map<String, Assessment> byKey = new HashMap<>();
    for (Assessment a : assessments) {
      byKey.putIfAbsent(key(a.scale(), a.sourceFile(), a.sourceLine(), a.day()), a);
    }
    SuicidalityRule rule = new SuicidalityRule(settings.suicidalityWorsening());
    List<CourseSuicidality> out = new ArrayList<>();
    outcomes.stream()
        .filter(o -> o.populationItt() && SuicidalityRule.ITEM.containsKey(o.scale()))
        .sorted(
            Comparator.comparingInt(CourseOutcome::courseNumber)
                .thenComparing(CourseOutcome::scale))
        .forEach(
            o -> {
              Assessment baseline = null;
              Assessment oc = null;
              List<Assessment> inCourse = new ArrayList<>();
              for (VisitOutcome v : visits) {
                if (v.courseNumber() != o.courseNumber() || !v.scale().equals(o.scale())) {
                  continue;
                }
                Assessment a = byKey.get(key(v.scale(), v.sourceFile(), v.sourceLine(), v.day()));
                if (a == null) {
                  continue;
                }
                if (v.isBaseline()) {
                  baseline = a;
                } else if (Phase.TREATMENT.id().equals(v.phase())
                    || Phase.ENDPOINT_WINDOW.id().equals(v.phase())) {
                  inCourse.add(a);
                }
                if (v.isOcEndpoint()) {
                  oc = a;
                }
              }
              out.add(
                  rule.derive(
                      o.studyId(),
                      o.siteId(),
                      o.subjectId(),
                      o.courseNumber(),
                      o.scale(),
                      baseline,
                      inCourse,
                      oc));
            });
    return out;
  }

  private static String key(String scale, String file, long line, int day) {
    return scale + '\u0000' + file + '\u0000' + line + '\u0000' + day;
  }
}
