package org.infusionoutcomes.analysis.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.infusionoutcomes.analysis.descriptive.Descriptives;
import org.infusionoutcomes.analysis.rates.Proportion;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.infusionoutcomes.transform.settings.SafetySettings;

/** One report group's safety rows to its report row(s) (docs/report.md, "Safety"). */
public final class SafetySummaries {
  /** Width of a time-course bin in minutes. */
  public static final int BIN_MINUTES = 15;

  /** Body system of the overall rows of {@code adverse_events.csv}. */
  public static final String ALL = "ALL";

  public static final String ANY = "ANY";
  public static final String SERIOUS = "SERIOUS";
  public static final String SEVERE = "SEVERE";

  /** Shift categories per scale, in order. */
  public static final Map<String, List<String>> CATEGORIES =
      Map.of("MADRS", List.of("0-1", "2-3", "4-6"), "PHQ9", List.of("0", "1", "2", "3"));

  private SafetySummaries() {}

  /** The bin start of an offset: {@code floor(offset / 15) * 15}. */
  public static int bin(int offsetMinutes) {
    return Math.floorDiv(offsetMinutes, BIN_MINUTES) * BIN_MINUTES;
  }

  /**
   * The {@code vital_signs.csv} row of one group. Rows without a peak are ignored; {@code max_peak}
   * is the most extreme peak (the lowest for SPO2, whose peak is a minimum).
   */
  public static VitalSignsRow vitalSigns(
      String study, String test, int course, String infusion, List<InfusionSafety> rows) {
    List<InfusionSafety> withPeak = rows.stream().filter(r -> r.peak() != null).toList();
    Set<String> subjects = new HashSet<>();
    withPeak.forEach(r -> subjects.add(r.studyId() + '\u0000' + r.subjectId()));
    Descriptives change = of(withPeak.stream().map(InfusionSafety::change));
    boolean low = SafetySettings.LOW_IS_WORSE.equals(test);
    Double extreme =
        withPeak.stream()
            .map(InfusionSafety::peak)
            .reduce((a, b) -> low ? Math.min(a, b) : Math.max(a, b))
            .orElse(null);
    boolean defined = withPeak.stream().anyMatch(r -> r.exceeded() != null);
    Integer exceeded = null;
    Proportion p = null;
    if (defined) {
      exceeded = (int) withPeak.stream().filter(r -> Boolean.TRUE.equals(r.exceeded())).count();
      p = WilsonInterval.of(exceeded, withPeak.size());
    }
    return new VitalSignsRow(
        study,
        test,
        course,
        infusion,
        withPeak.size(),
        subjects.size(),
        of(withPeak.stream().map(InfusionSafety::pre)).mean(),
        of(withPeak.stream().map(InfusionSafety::peak)).mean(),
        change.mean(),
        change.sd(),
        extreme,
        of(withPeak.stream()
                .map(r -> r.timeToPeakMinutes() == null ? null : (double) r.timeToPeakMinutes()))
            .mean(),
        exceeded,
        p == null ? null : p.rate(),
        p == null ? null : p.low(),
        p == null ? null : p.high(),
        List.of());
  }

  /** The {@code vital_signs_timecourse.csv} row of one study x test x bin. */
  public static VitalSignsTimecourseRow timecourse(
      String study, String test, int bin, List<Double> values) {
    Descriptives d = Descriptives.of(values.toArray(Double[]::new));
    return new VitalSignsTimecourseRow(study, test, bin, d.n(), d.mean(), d.sd());
  }

  /** The {@code dissociation.csv} row of one group of CADSS infusion rows. */
  public static DissociationRow dissociation(
      String study, int course, String infusion, List<InfusionSafety> rows) {
    List<InfusionSafety> withPeak = rows.stream().filter(r -> r.peak() != null).toList();
    Descriptives peak = of(withPeak.stream().map(InfusionSafety::peak));
    double[] peaks = withPeak.stream().mapToDouble(InfusionSafety::peak).sorted().toArray();
    return new DissociationRow(
        study,
        course,
        infusion,
        peaks.length,
        peak.mean(),
        peak.sd(),
        median(peaks),
        peaks.length == 0 ? null : peaks[peaks.length - 1],
        of(withPeak.stream().map(InfusionSafety::change)).mean());
  }

  /** The median of sorted values (mean of the two middle ones for an even count), or null. */
  public static Double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return null;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The {@code adverse_events.csv} rows of one study x course: one per body system x preferred term
   * with a TEAE, then body system {@code ALL} with {@code ANY}, {@code SERIOUS} and {@code SEVERE}
   * (also when 0).
   *
   * @param nTreated subjects treated in this course number
   * @param teaes the TEAEs of this course number
   */
  public static List<AdverseEventRow> adverseEvents(
      String study, int course, int nTreated, List<AdverseEventCourse> teaes) {
    Map<List<String>, List<AdverseEventCourse>> byTerm = new TreeMap<>(SafetySummaries::compare);
    for (AdverseEventCourse e : teaes) {
      byTerm
          .computeIfAbsent(List.of(e.bodySystem(), e.preferredTerm()), k -> new ArrayList<>())
          .add(e);
    }
    List<AdverseEventRow> out = new ArrayList<>();
    byTerm.forEach(
        (k, events) -> out.add(aeRow(study, course, k.get(0), k.get(1), nTreated, events)));
    out.add(aeRow(study, course, ALL, ANY, nTreated, teaes));
    out.add(
        aeRow(
            study,
            course,
            ALL,
            SERIOUS,
            nTreated,
            teaes.stream().filter(AdverseEventCourse::serious).toList()));
    out.add(
        aeRow(
            study,
            course,
            ALL,
            SEVERE,
            nTreated,
            teaes.stream().filter(AdverseEventCourse::severe).toList()));
    return out;
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  private static AdverseEventRow aeRow(
      String study,
      int course,
      String body,
      String term,
      int nTreated,
      List<AdverseEventCourse> events) {
    Set<String> subjects = new HashSet<>();
    events.forEach(e -> subjects.add(e.studyId() + '\u0000' + e.subjectId()));
    Proportion p = WilsonInterval.of(Math.min(subjects.size(), nTreated), nTreated);
    return new AdverseEventRow(
        study,
        course,
        body,
        term,
        subjects.size(),
        events.size(),
        nTreated,
        percent(p.rate()),
        percent(p.low()),
        percent(p.high()));
  }

  private static Double percent(Double rate) {
    return rate == null ? null : rate * 100;
  }

  /** The shift table (every baseline x worst category) of one study x scale x course. */
  public static List<SuicidalityShiftRow> shift(
      String study, String scale, int course, List<CourseSuicidality> rows) {
    List<String> categories = CATEGORIES.getOrDefault(scale, List.of());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CourseSuicidality r : rows) {
      if (r.baselineCategory() != null && r.worstCategory() != null) {
        counts.merge(r.baselineCategory() + '\u0000' + r.worstCategory(), 1, Integer::sum);
      }
    }
    List<SuicidalityShiftRow> out = new ArrayList<>();
    for (String b : categories) {
      for (String w : categories) {
        out.add(
            new SuicidalityShiftRow(
                study, scale, course, b, w, counts.getOrDefault(b + '\u0000' + w, 0), List.of()));
      }
    }
    return out;
  }

  /** The {@code suicidality_summary.csv} row of one study x scale x course. */
  public static SuicidalitySummaryRow suicidalitySummary(
      String study, String scale, int course, List<CourseSuicidality> rows) {
    Proportion w = flag(rows.stream().map(CourseSuicidality::worsened).toList());
    Proportion e = flag(rows.stream().map(CourseSuicidality::emergent).toList());
    Proportion r = flag(rows.stream().map(CourseSuicidality::resolved).toList());
    return new SuicidalitySummaryRow(
        study, scale, course, w.n(), w.x(), w.rate(), w.low(), w.high(), e.n(), e.x(), e.rate(),
        e.low(), e.high(), r.n(), r.x(), r.rate(), r.low(), r.high(), List.of());
  }

  /** True among the non-null flags, with its Wilson interval. */
  private static Proportion flag(List<Boolean> flags) {
    int n = 0;
    int x = 0;
    for (Boolean f : flags) {
      if (f != null) {
        n++;
        if (f) {
          x++;
        }
      }
    }
    return WilsonInterval.of(x, n);
  }

  private static Descriptives of(java.util.stream.Stream<Double> values) {
    return Descriptives.of(values.filter(v -> v != null).toArray(Double[]::new));
  }
}
