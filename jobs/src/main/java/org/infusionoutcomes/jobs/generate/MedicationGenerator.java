package org.infusionoutcomes.jobs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/**
 * Adds concomitant and prior medications to a generated study (docs/formats.md, "Medications").
 * About one subject in five takes a benzodiazepine (lorazepam, clonazepam or alprazolam) in one of
 * four patterns relative to the infusion courses: taken long-term and ongoing (start known to the
 * month), tapered off before the first infusion, a short course during the first infusion course,
 * or started after the first course and ongoing (overlapping a re-treatment course). Others take
 * antidepressants and hypnotics that are not benzodiazepines (sertraline, escitalopram, bupropion,
 * trazodone, zolpidem) and a few take ibuprofen as needed during a course. Some starts are known
 * only to the year or month, as in real concomitant-medication pages.
 *
 * <p>Uses its own random stream (derived from the seed), so every other record of a study is the
 * same with or without it.
 */
public final class MedicationGenerator {
  /** Share of subjects who take a benzodiazepine at some time. */
  static final double BENZODIAZEPINE_SHARE = 0.2;

  private record Drug(String name, String drugClass, double dose, String frequency, double share) {}

  private static final List<Drug> BENZODIAZEPINES =
      List.of(
          new Drug("Lorazepam", "BENZODIAZEPINE DERIVATIVES", 1, "BID", 0),
          new Drug("Clonazepam", "BENZODIAZEPINE DERIVATIVES", 0.5, "BID", 0),
          new Drug("Alprazolam", "BENZODIAZEPINE DERIVATIVES", 0.5, "TID", 0));

  private static final List<Drug> OTHERS =
      List.of(
          new Drug("Sertraline", "ANTIDEPRESSANTS", 100, "QD", 0.30),
          new Drug("Escitalopram", "ANTIDEPRESSANTS", 10, "QD", 0.15),
          new Drug("Bupropion", "ANTIDEPRESSANTS", 150, "QD", 0.12),
          new Drug("Trazodone", "ANTIDEPRESSANTS", 50, "QHS", 0.10),
          new Drug("Zolpidem", "HYPNOTICS AND SEDATIVES", 10, "QHS", 0.08));

  private static final Drug IBUPROFEN =
      new Drug("Ibuprofen", "ANTIINFLAMMATORY PRODUCTS", 400, "PRN", 0.10);

  private MedicationGenerator() {}

  /** The study with medications added. */
  public static SyntheticStudy addTo(SyntheticStudy study, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x3ED5CA7E5L);
    Map<String, List<Infusion>> bySubject = new LinkedHashMap<>();
    study
        .infusions()
        .forEach(i -> bySubject.computeIfAbsent(i.subjectId(), k -> new ArrayList<>()).add(i));
    List<Medication> out = new ArrayList<>();
    for (Subject s : study.subjects()) {
      List<Infusion> infusions = bySubject.getOrDefault(s.subjectId(), List.of());
      if (infusions.isEmpty() || infusions.get(0).infusionDate() == null) {
        continue;
      }
      List<LocalDate[]> courses = courses(infusions);
      LocalDate first = courses.get(0)[0];
      LocalDate endOfCourse1 = courses.get(0)[1];
      List<Medication> mine = new ArrayList<>();
      if (rnd.nextDouble() < BENZODIAZEPINE_SHARE) {
        Drug d = BENZODIAZEPINES.get(rnd.nextInt(BENZODIAZEPINES.size()));
        switch (rnd.nextInt(4)) {
          case 0 -> {
            // long-term, ongoing; the start is known to the month only
            LocalDate start = first.minusDays(90 + rnd.nextInt(450));
            mine.add(med(s, d, month(start), null, true, "ORAL"));
          }
          case 1 -> {
            // tapered off before the first infusion; sometimes the end is known to the month only
            LocalDate end = first.minusDays(5 + rnd.nextInt(40));
            LocalDate start = end.minusDays(60 + rnd.nextInt(140));
            String endText = rnd.nextDouble() < 0.3 ? month(end) : end.toString();
            mine.add(med(s, d, start.toString(), endText, false, "ORAL"));
          }
          case 2 -> {
            // a short course during the first infusion course (sleep, anxiety)
            LocalDate start = first.plusDays(1 + rnd.nextInt(5));
            LocalDate end = start.plusDays(3 + rnd.nextInt(8));
            mine.add(med(s, d, start.toString(), end.toString(), false, "ORAL"));
          }
          default -> {
            // started after the first course, ongoing
            LocalDate start = endOfCourse1.plusDays(3 + rnd.nextInt(8));
            mine.add(med(s, d, start.toString(), null, true, "ORAL"));
          }
        }
      }
      for (Drug d : OTHERS) {
        if (rnd.nextDouble() < d.share()) {
          LocalDate start = first.minusDays(60 + rnd.nextInt(900));
          String startText =
              rnd.nextDouble() < 0.4 ? String.valueOf(start.getYear()) : start.toString();
          mine.add(med(s, d, startText, null, true, "ORAL"));
        }
      }
      if (rnd.nextDouble() < IBUPROFEN.share()) {
        LocalDate start = first.plusDays(rnd.nextInt(10));
        mine.add(
            med(
                s,
                IBUPROFEN,
                start.toString(),
                start.plusDays(rnd.nextInt(3)).toString(),
                false,
                "ORAL"));
      }
      out.addAll(mine);
    }
    return study.withMedications(out);
  }

  /** First and last infusion date of each course (a gap of more than 21 days starts a course). */
  private static List<LocalDate[]> courses(List<Infusion> infusions) {
    List<LocalDate[]> out = new ArrayList<>();
    LocalDate[] current = null;
    for (Infusion i : infusions) {
      LocalDate d = i.infusionDate();
      if (current == null || d.toEpochDay() - current[1].toEpochDay() > 21) {
        current = new LocalDate[] {d, d};
        out.add(current);
      } else {
        current[1] = d;
      }
    }
    return out;
  }

  private static String month(LocalDate d) {
    return d.toString().substring(0, 7);
  }

  private static Medication med(
      Subject s, Drug d, String start, String end, boolean ongoing, String route) {
    return new Medication(
        s.studyId(),
        s.siteId(),
        s.subjectId(),
        d.name(),
        d.name().toUpperCase(Locale.ROOT),
        d.drugClass(),
        start,
        null,
        end,
        null,
        ongoing,
        d.dose(),
        "mg",
        route,
        d.frequency(),
        null,
        null,
        0);
  }
}
