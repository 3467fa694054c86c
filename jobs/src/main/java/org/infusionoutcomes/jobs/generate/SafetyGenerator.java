package org.infusionoutcomes.jobs.generate;

import static org.infusionoutcomes.jobs.generate.Draws.clamp;
import static org.infusionoutcomes.jobs.generate.Draws.gaussian;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Adds session monitoring to a generated study: blood pressure, pulse and SpO2 around every
 * infusion, CADSS before, 40 minutes into and 2 hours after it, and adverse events. Kinetics follow
 * the published ketamine monitoring data: systolic pressure rises 10-30 mmHg, peaking 30-45 minutes
 * after the start and back near baseline by 2 hours, with a few readings above 180 mmHg; CADSS
 * peaks at 40 minutes (lower at later infusions) and is about 0 by 2 hours; common treatment-
 * emergent events are dissociation, nausea, dizziness, headache and elevated blood pressure.
 *
 * <p>Uses its own random stream (derived from the seed), so the depression data of a study are the
 * same with or without it.
 */
public final class SafetyGenerator {
  /** Minutes from the infusion start at which vital signs are taken. */
  static final int[] VITAL_MINUTES = {-10, 15, 30, 40, 60, 90, 120};

  /** Minutes from the infusion start at which the CADSS is rated. */
  static final int[] CADSS_MINUTES = {-5, 40, 120};

  private record Event(String term, String preferredTerm, String bodySystem, double perInfusion) {}

  private static final List<Event> EVENTS =
      List.of(
          new Event("Felt detached from body", "Dissociation", "Psychiatric disorders", 0.10),
          new Event("Nausea", "Nausea", "Gastrointestinal disorders", 0.07),
          new Event("Dizzy after infusion", "Dizziness", "Nervous system disorders", 0.06),
          new Event("Headache", "Headache", "Nervous system disorders", 0.05),
          new Event("Blood pressure elevated", "Blood pressure increased", "Investigations", 0.03));

  private SafetyGenerator() {}

  /** The study with vital signs, CADSS session ratings and adverse events added. */
  public static SyntheticStudy addTo(SyntheticStudy study, long seed, ScaleRegistry registry) {
    ScaleDefinition cadss = registry.byId("CADSS").orElseThrow();
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5AFE7L);
    List<VitalSign> vitals = new ArrayList<>();
    List<Assessment> ratings = new ArrayList<>();
    List<AdverseEvent> events = new ArrayList<>();
    Map<String, double[]> baselines = new HashMap<>();
    Map<String, Integer> infusionNumber = new HashMap<>();
    for (Infusion inf : study.infusions()) {
      double[] base =
          baselines.computeIfAbsent(
              inf.subjectId(),
              s ->
                  new double[] {
                    clamp(Math.round(124 + 12 * gaussian(rnd)), 100, 160), // SBP
                    clamp(Math.round(78 + 8 * gaussian(rnd)), 60, 100), // DBP
                    clamp(Math.round(72 + 9 * gaussian(rnd)), 55, 100), // pulse
                    rnd.nextDouble() < 0.3 ? 1 : 0 // hypertensive responder
                  });
      int k = infusionNumber.merge(inf.subjectId(), 1, Integer::sum);
      session(inf, base, k, rnd, cadss, vitals, ratings);
      adverseEvents(inf, k, rnd, events);
    }
    vitals.sort(
        Comparator.comparing(VitalSign::subjectId)
            .thenComparingInt(VitalSign::day)
            .thenComparing(VitalSign::minutesFromStart)
            .thenComparing(VitalSign::test));
    events.sort(
        Comparator.comparing(AdverseEvent::subjectId)
            .thenComparing(AdverseEvent::onsetDay)
            .thenComparing(AdverseEvent::term));
    return new SyntheticStudy(
        study.studyId(),
        study.subjects(),
        study.assessments(),
        study.infusions(),
        vitals,
        events,
        ratings,
        study.medications());
  }

  private static void session(
      Infusion inf,
      double[] base,
      int k,
      SplittableRandom rnd,
      ScaleDefinition cadss,
      List<VitalSign> vitals,
      List<Assessment> ratings) {
    double rise = 10 + 20 * rnd.nextDouble() + (base[3] > 0 ? 12 : 0);
    double peakAt = 30 + 15 * rnd.nextDouble();
    for (int minutes : VITAL_MINUTES) {
      double shape = minutes <= 0 ? 0 : kinetics(minutes, peakAt);
      double sbp = base[0] + rise * shape + 4 * gaussian(rnd);
      double dbp = base[1] + 0.55 * rise * shape + 3 * gaussian(rnd);
      double pulse = base[2] + 9 * shape + 3 * gaussian(rnd);
      double spo2 = clamp(Math.round(98 - 1.5 * shape + 0.7 * gaussian(rnd)), 90, 100);
      vitals.add(vital(inf, "SYSBP", Math.round(sbp), "mmHg", minutes));
      vitals.add(vital(inf, "DIABP", Math.round(dbp), "mmHg", minutes));
      vitals.add(vital(inf, "PULSE", Math.round(pulse), "beats/min", minutes));
      vitals.add(vital(inf, "SPO2", spo2, "%", minutes));
    }
    // CADSS: highest at the first infusions, tolerance afterwards.
    double peakMean = Math.max(4, 22 - 2.5 * (k - 1));
    for (int minutes : CADSS_MINUTES) {
      double mean = minutes == 40 ? peakMean : minutes < 0 ? 0.6 : 1.0;
      int total = (int) clamp(Math.round(mean + (minutes == 40 ? 6 : 0.8) * gaussian(rnd)), 0, 60);
      Integer[] items = StudyGenerator.spread(total, cadss, rnd);
      ratings.add(
          new Assessment(
              inf.studyId(),
              inf.siteId(),
              inf.subjectId(),
              cadss.id(),
              cadss.version(),
              inf.infusionDate(),
              inf.studyDay(),
              inf.day(),
              TimeAxis.DATE,
              inf.infusionTime() == null ? null : inf.infusionTime().plusMinutes(minutes),
              "Infusion " + k + (minutes < 0 ? " pre" : " +" + minutes + " min"),
              Arrays.asList(items),
              items.length,
              total,
              Assessment.TOTAL_FROM_ITEMS,
              null,
              null,
              null,
              null,
              null,
              0,
              List.of(),
              minutes));
    }
  }

  /** Rise to 1 at {@code peakAt} minutes, then back towards 0 by about 2 hours. */
  static double kinetics(int minutes, double peakAt) {
    if (minutes <= peakAt) {
      return Math.sin(Math.PI / 2 * minutes / peakAt);
    }
    return Math.exp(-(minutes - peakAt) / 30.0);
  }

  private static VitalSign vital(Infusion inf, String test, double value, String unit, int min) {
    LocalTime t = inf.infusionTime() == null ? null : inf.infusionTime().plusMinutes(min);
    return new VitalSign(
        inf.studyId(),
        inf.siteId(),
        inf.subjectId(),
        test,
        value,
        unit,
        inf.infusionDate(),
        inf.studyDay(),
        inf.day(),
        t,
        min,
        null,
        null,
        0);
  }

  private static void adverseEvents(
      Infusion inf, int k, SplittableRandom rnd, List<AdverseEvent> out) {
    for (Event e : EVENTS) {
      // Fewer events at later infusions.
      if (rnd.nextDouble() < e.perInfusion() * (k <= 2 ? 1.5 : 0.8)) {
        double s = rnd.nextDouble();
        String severity = s < 0.75 ? "MILD" : s < 0.97 ? "MODERATE" : "SEVERE";
        LocalDate onset = inf.infusionDate();
        int lasting = e.preferredTerm().equals("Headache") ? rnd.nextInt(2) : 0;
        out.add(
            new AdverseEvent(
                inf.studyId(),
                inf.subjectId(),
                e.term(),
                e.preferredTerm(),
                e.bodySystem(),
                severity,
                Boolean.FALSE,
                e.preferredTerm().equals("Headache") ? "POSSIBLE" : "RELATED",
                onset,
                inf.day(),
                inf.day() + lasting,
                null,
                0));
      }
    }
  }
}
