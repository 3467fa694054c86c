package org.infusionoutcomes.jobs.generate;

import static org.infusionoutcomes.jobs.generate.Draws.clamp;
import static org.infusionoutcomes.jobs.generate.Draws.gaussian;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Generates a realistic synthetic ketamine infusion study (see DOMAIN.md): an induction course of
 * six IV infusions over two weeks (Mon/Wed/Fri, 0.4 to 1.0 mg/kg, a quarter titrated up by 0.25
 * mg/kg from the fourth infusion), MADRS rated by a clinician at baseline, 24 hours after the first
 * and third infusions, the day after the last infusion and in follow-up; PHQ-9 at most visits.
 * About 60-70% respond; responders relapse after a median of about three weeks, and some relapsers
 * are re-treated with a shorter second course. A few assessments miss an item (prorated).
 * Deterministic for a given seed.
 */
public final class StudyGenerator {
  private static final int[] INDUCTION = {0, 2, 4, 7, 9, 11};
  private static final int[] RETREATMENT = {0, 2, 4, 7};
  private static final int[] FOLLOW_UP = {7, 14, 21, 35, 49};

  private StudyGenerator() {}

  /**
   * What to generate.
   *
   * @param studyId study id (subject ids are {@code <study>-<nnn>})
   * @param subjects number of subjects
   * @param seed random seed
   * @param firstEnrolment date of the first enrolment
   * @param sites number of sites
   */
  public record Options(
      String studyId, int subjects, long seed, LocalDate firstEnrolment, int sites) {}

  /** Generates the study. */
  public static SyntheticStudy generate(Options o, ScaleRegistry registry) {
    ScaleDefinition madrs = registry.byId("MADRS").orElseThrow();
    ScaleDefinition phq9 = registry.byId("PHQ9").orElseThrow();
    SplittableRandom rnd = new SplittableRandom(o.seed());
    List<Subject> subjects = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    List<Infusion> infusions = new ArrayList<>();
    for (int i = 1; i <= o.subjects(); i++) {
      String subjectId = o.studyId() + "-" + String.format("%03d", i);
      String site = String.format("S%02d", 1 + (i - 1) % Math.max(1, o.sites()));
      LocalDate start =
          o.firstEnrolment()
              .plusDays(7L * ((i - 1) / 3) + rnd.nextInt(5))
              .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      boolean timed = i % 5 != 0; // some clinics record no times of day
      subjects.add(
          new Subject(
              o.studyId(),
              subjectId,
              site,
              rnd.nextDouble() < 0.6 ? "F" : "M",
              20 + rnd.nextInt(46),
              "IV ketamine",
              start,
              TimeAxis.DATE));
      SubjectModel m = SubjectModel.draw(rnd);
      Context c =
          new Context(
              o.studyId(), subjectId, site, timed, madrs, phq9, rnd, assessments, infusions);

      // Course 1: induction; a few subjects stop after three or four infusions.
      int planned = rnd.nextDouble() < 0.1 ? 3 + rnd.nextInt(2) : INDUCTION.length;
      int[] days = Arrays.copyOf(INDUCTION, planned);
      boolean titrated = rnd.nextDouble() < 0.25;
      // About one in twelve is lost to follow-up after the last infusion: no endpoint (OC), so
      // LOCF and NRI differ from OC.
      boolean lost = rnd.nextDouble() < 0.08;
      // Course 2: re-treatment of some relapsed responders, at least 22 days after course 1; the
      // first course's follow-up stops before it.
      Integer retreatOffset = null;
      if (!lost && m.responder && m.relapseDay != null && rnd.nextDouble() < 0.45) {
        retreatOffset = Math.max(22, m.relapseDay + 7 + rnd.nextInt(8));
      }
      int last = days[days.length - 1];
      int stopBefore =
          lost ? last + 1 : retreatOffset == null ? Integer.MAX_VALUE : last + retreatOffset;
      course(c, m, start, days, titrated, "", 1.0, stopBefore);
      if (retreatOffset != null) {
        course(
            c,
            SubjectModel.retreated(m, rnd),
            start.plusDays(last + retreatOffset),
            RETREATMENT,
            titrated,
            "C2 ",
            0.95,
            Integer.MAX_VALUE);
      }
    }
    assessments.sort(
        Comparator.comparing(Assessment::subjectId)
            .thenComparing(Assessment::scale)
            .thenComparingInt(Assessment::day)
            .thenComparing(
                Assessment::assessmentTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    infusions.sort(Comparator.comparing(Infusion::subjectId).thenComparingInt(Infusion::day));
    return new SyntheticStudy(o.studyId(), subjects, assessments, infusions);
  }

  /** How one subject's symptoms move: as a fraction of the course baseline. */
  private record SubjectModel(
      double madrsBaseline,
      double phqBaseline,
      boolean responder,
      double endFraction,
      Integer relapseDay) {
    static SubjectModel draw(SplittableRandom rnd) {
      double madrs = clamp(Math.round(32 + 6 * gaussian(rnd)), 22, 48);
      double phq = clamp(Math.round(18 + 4 * gaussian(rnd)), 10, 27);
      boolean responder = rnd.nextDouble() < 0.65;
      double end = responder ? 0.15 + 0.3 * rnd.nextDouble() : 0.55 + 0.35 * rnd.nextDouble();
      // Relapse after the last infusion: log-normal, median about 18 days (Murrough 2013).
      Integer relapse =
          responder && rnd.nextDouble() < 0.75
              ? (int) Math.round(Math.exp(Math.log(18) + 0.5 * gaussian(rnd)))
              : null;
      return new SubjectModel(madrs, phq, responder, end, relapse);
    }

    static SubjectModel retreated(SubjectModel m, SplittableRandom rnd) {
      double end = 0.2 + 0.35 * rnd.nextDouble();
      boolean responder = end <= 0.5;
      Integer relapse = responder && rnd.nextDouble() < 0.6 ? 10 + rnd.nextInt(30) : null;
      return new SubjectModel(m.madrsBaseline, m.phqBaseline, responder, end, relapse);
    }

    /**
     * The fraction of baseline on {@code day} (0 = first infusion) of a course ending on {@code
     * lastDay}.
     */
    double fraction(int day, int lastDay) {
      if (day <= 0) {
        return 1.0;
      }
      if (day <= lastDay + 1) {
        return endFraction + (1 - endFraction) * Math.exp(-day / 3.0);
      }
      double f = endFraction + (1 - endFraction) * Math.exp(-(lastDay + 1) / 3.0);
      int since = day - lastDay;
      if (relapseDay != null && since >= relapseDay) {
        return Math.min(1.0, f + (0.95 - f) * Math.min(1.0, (since - relapseDay + 3) / 7.0));
      }
      return Math.min(1.0, f + 0.002 * since);
    }
  }

  /**
   * The subject's first dose in mg/kg, spread over the dose bands (most at 0.5, some below, some at
   * 0.75 and 1.0). Taken from the subject id rather than the random stream, so that every other
   * generated value stays as it was.
   */
  static double startDose(String subject) {
    double[] doses = {0.4, 0.5, 0.5, 0.5, 0.5, 0.75, 0.75, 1.0};
    return doses[Math.floorMod(subject.hashCode(), doses.length)];
  }

  private record Context(
      String study,
      String subject,
      String site,
      boolean timed,
      ScaleDefinition madrs,
      ScaleDefinition phq9,
      SplittableRandom rnd,
      List<Assessment> assessments,
      List<Infusion> infusions) {}

  /**
   * Writes one course's infusions and assessments (none on or after day {@code stopBefore}, counted
   * from the course start).
   */
  private static void course(
      Context c,
      SubjectModel m,
      LocalDate start,
      int[] days,
      boolean titrated,
      String visitPrefix,
      double baselineFactor,
      int stopBefore) {
    int last = days[days.length - 1];
    for (int k = 0; k < days.length; k++) {
      LocalDate d = start.plusDays(days[k]);
      double dose = startDose(c.subject) + (titrated && k >= 3 ? 0.25 : 0);
      c.infusions.add(
          new Infusion(
              c.study,
              c.site,
              c.subject,
              d,
              null,
              (int) d.toEpochDay(),
              TimeAxis.DATE,
              c.timed ? LocalTime.of(9, 0) : null,
              dose,
              null,
              "IV",
              "ketamine",
              null,
              null,
              null,
              0));
    }
    double madrsBase = clamp(Math.round(m.madrsBaseline * baselineFactor), 20, 60);
    double phqBase = clamp(Math.round(m.phqBaseline * baselineFactor), 8, 27);
    // MADRS: baseline (morning of the first infusion), 24 h after infusions 1 and 3, the day after
    // the last infusion, then weekly and fortnightly follow-up.
    List<int[]> madrsDays = new ArrayList<>();
    madrsDays.add(new int[] {0, 0});
    madrsDays.add(new int[] {1, 1});
    if (days.length > 2) {
      madrsDays.add(new int[] {days[2] + 1, 2});
    }
    madrsDays.add(new int[] {last + 1, 3});
    for (int f : FOLLOW_UP) {
      madrsDays.add(new int[] {last + f, 4});
    }
    madrsDays.removeIf(md -> md[0] >= stopBefore);
    for (int[] md : madrsDays) {
      assess(
          c,
          c.madrs,
          m,
          madrsBase,
          start,
          md[0],
          last,
          visitPrefix + visitName(md[0], md[1], last),
          2.0,
          LocalTime.of(8, 30));
    }
    // PHQ-9: before infusions 1, 3 and 5, the day after the last infusion, and in follow-up.
    List<Integer> phqDays = new ArrayList<>(List.of(0));
    for (int k = 2; k < days.length; k += 2) {
      phqDays.add(days[k]);
    }
    phqDays.add(last + 1);
    for (int f : FOLLOW_UP) {
      phqDays.add(last + f);
    }
    phqDays.removeIf(day -> day >= stopBefore);
    for (int day : phqDays) {
      int kind = day == 0 ? 0 : day <= last ? 2 : day == last + 1 ? 3 : 4;
      assess(
          c,
          c.phq9,
          m,
          phqBase,
          start,
          day,
          last,
          visitPrefix + visitName(day, kind, last),
          1.3,
          LocalTime.of(8, 15));
    }
  }

  private static String visitName(int day, int kind, int last) {
    return switch (kind) {
      case 0 -> "Baseline";
      case 1, 2 -> "Day " + day;
      case 3 -> "End of course";
      default -> "Follow-up day " + (day - last);
    };
  }

  private static void assess(
      Context c,
      ScaleDefinition scale,
      SubjectModel m,
      double baseline,
      LocalDate start,
      int day,
      int lastDay,
      String visit,
      double noise,
      LocalTime morning) {
    double target =
        day == 0 ? baseline : baseline * m.fraction(day, lastDay) + noise * gaussian(c.rnd);
    int total = (int) clamp(Math.round(target), scale.totalMin(), scale.totalMax());
    Integer[] items = spread(total, scale, c.rnd);
    int missing =
        c.rnd.nextDouble() < 0.04 ? Math.min(scale.maxMissingItems(), 1 + c.rnd.nextInt(2)) : 0;
    for (int k = 0; k < missing; k++) {
      items[c.rnd.nextInt(items.length)] = null;
    }
    int answered = (int) Arrays.stream(items).filter(v -> v != null).count();
    int sum = Arrays.stream(items).filter(v -> v != null).mapToInt(Integer::intValue).sum();
    double score = answered == items.length ? sum : (double) sum * items.length / answered;
    // Clinicians write the MADRS total on the form for complete assessments at the first site.
    Double reported =
        scale.id().equals("MADRS") && answered == items.length && c.site.equals("S01")
            ? (double) sum
            : null;
    LocalDate date = start.plusDays(day);
    Boolean flag =
        scale.safetyFlag() == null || items[scale.safetyFlag().item() - 1] == null
            ? null
            : items[scale.safetyFlag().item() - 1] >= scale.safetyFlag().minValue();
    c.assessments.add(
        new Assessment(
            c.study,
            c.site,
            c.subject,
            scale.id(),
            scale.version(),
            date,
            null,
            (int) date.toEpochDay(),
            TimeAxis.DATE,
            c.timed ? morning : null,
            visit,
            Arrays.asList(items),
            answered,
            score,
            answered == items.length ? Assessment.TOTAL_FROM_ITEMS : Assessment.TOTAL_PRORATED,
            reported,
            flag,
            scale.severityOf(score).orElse(null),
            null,
            null,
            0,
            List.of(),
            null));
  }

  /** Item values in the scale's range that add up to {@code total}; suicidality items stay low. */
  static Integer[] spread(int total, ScaleDefinition scale, SplittableRandom rnd) {
    int n = scale.itemCount();
    int max = scale.itemMax();
    double[] w = new double[n];
    double sw = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 + rnd.nextDouble();
      sw += w[i];
    }
    int cap9 = scale.safetyFlag() != null ? 1 : max;
    Integer[] v = new Integer[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      int cap = scale.safetyFlag() != null && i == scale.safetyFlag().item() - 1 ? cap9 : max;
      v[i] = (int) Math.max(scale.itemMin(), Math.min(cap, Math.round(total * w[i] / sw)));
      sum += v[i];
    }
    int guard = 0;
    while (sum != total && guard++ < 10_000) {
      int i = rnd.nextInt(n);
      int cap = scale.safetyFlag() != null && i == scale.safetyFlag().item() - 1 ? cap9 : max;
      if (sum < total && v[i] < cap) {
        v[i]++;
        sum++;
      } else if (sum > total && v[i] > scale.itemMin()) {
        v[i]--;
        sum--;
      }
    }
    return v;
  }
}
