package org.infusionoutcomes.analysis.report.disclosure;

import static org.infusionoutcomes.analysis.report.disclosure.CellSuppression.id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.DissociationRow;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.SafetyTables;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.analysis.report.VitalSignsTimecourseRow;

/**
 * The safety tables' part of the report's {@link CellSuppression} problem (docs/report.md, "Safety"
 * and "Sharing a report outside the team"; docs/decisions.md): their counts and the sums tying
 * them, then the rows rebuilt from the solution.
 *
 * <p>Sums: every count's pooled {@code ALL} study row is the sum of the studies; an infusion-number
 * {@code ALL} row of {@code vital_signs.csv} and {@code dissociation.csv} is the sum of the
 * numbered rows (its subjects contain each numbered row's); in a row, {@code n_infusions =
 * exceeded_n +} the infusions without, {@code n_treated = n_subjects +} the treated without the
 * event, {@code n = worsened +} the rest, and so on; a course's {@code ANY} TEAE row holds the
 * events of every term row and contains the subjects of every term, serious and severe row; the
 * shift grid adds up to the summary's {@code n}, and for PHQ-9 (one category per score) its
 * baseline-0 row to {@code emergent_n}, that row's cells above 0 to {@code emergent} and the cells
 * at or above each possible worsening threshold to {@code worsened} where they do; the suicidality
 * {@code n} is contained in the flow's ITT courses of the same scale.
 *
 * <p>Statistics: means, SDs, medians and times to peak are emptied with their row's n (a row whose
 * n, or n_subjects, is below k, or whose n had to be hidden); rates and intervals with their count
 * or denominator; {@code max_peak} always (one infusion's value).
 */
final class SafetyCells {
  private final CellSuppression s;
  private final int k;

  /** Group key (table and every key part but the study) to the {@code ALL} study's cell. */
  private final Map<String, String> pooledAll = new LinkedHashMap<>();

  /** Group key to the cells of the single studies. */
  private final Map<String, Set<String>> pooledStudies = new LinkedHashMap<>();

  SafetyCells(CellSuppression s, int k) {
    this.s = s;
    this.k = k;
  }

  /** Adds every safety count and the sums tying them. */
  void add(SafetyTables t) {
    vitalSigns(t.vitalSigns());
    timecourse(t.vitalSignsTimecourse());
    dissociation(t.dissociation());
    adverseEvents(t.adverseEvents());
    suicidality(t.suicidality(), t.suicidalitySummary());
    pooledAll.forEach(
        (group, all) -> pooled(all, new ArrayList<>(pooledStudies.getOrDefault(group, Set.of()))));
  }

  // ---------------------------------------------------------------- cells

  private static String cellId(String study, Object... key) {
    Object[] parts = new Object[key.length + 1];
    parts[0] = key[0];
    parts[1] = study;
    System.arraycopy(key, 1, parts, 2, key.length - 1);
    return id(parts);
  }

  /** A printed count of a study (or {@code ALL}); {@code key} starts with the table. */
  private String shown(String study, long value, Object... key) {
    return register(study, s.shown(cellId(study, key), value), key);
  }

  /** A count that follows from printed ones; {@code key} starts with the table. */
  private String derived(String study, long value, Object... key) {
    return register(study, s.derived(cellId(study, key), value), key);
  }

  private String register(String study, String cell, Object... key) {
    String group = id(key);
    if (ReportOrder.ALL.equals(study)) {
      pooledAll.put(group, cell);
    } else {
      pooledStudies.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(cell);
    }
    return cell;
  }

  private void hideWithRow(String... cells) {
    for (String c : cells) {
      if (c != null) {
        s.hideWithRow(c);
      }
    }
  }

  /** {@code total = sum(parts)}, with the unprinted rest when the parts add up to less. */
  private void pooled(String total, List<String> parts) {
    if (total == null || !s.has(total) || parts.isEmpty()) {
      return;
    }
    long sum = parts.stream().mapToLong(s::value).sum();
    if (sum == s.value(total)) {
      s.relation(total, parts);
    } else if (sum < s.value(total)) {
      List<String> all = new ArrayList<>(parts);
      all.add(s.derived(total + "\u0000rest", s.value(total) - sum));
      s.relation(total, all);
    }
  }

  /** {@code total = part + (total - part)} when {@code part <= total}. */
  private void contains(String total, String part) {
    if (total != null && part != null && s.has(total) && s.has(part)) {
      long rest = s.value(total) - s.value(part);
      if (rest >= 0) {
        s.relation(total, List.of(part, s.derived(total + "\u0000minus\u0000" + part, rest)));
      }
    }
  }

  /** {@code total = part + complement}, the complement derived (and pooled like the part). */
  private void complement(
      String total, String part, String study, long value, Object... complementKey) {
    if (value >= 0) {
      s.relation(total, List.of(part, derived(study, value, complementKey)));
    }
  }

  /** A group of 1 to k - 1: its row loses every count and statistic. */
  private static boolean small(Integer n, int k) {
    return n != null && n > 0 && n < k;
  }

  // ---------------------------------------------------------------- vital signs

  static String vitalsId(VitalSignsRow r, String what) {
    return id("vs", r.studyId(), r.test(), r.courseNumber(), r.infusionNumber(), what);
  }

  private void vitalSigns(List<VitalSignsRow> rows) {
    Map<String, List<VitalSignsRow>> numbered = new LinkedHashMap<>();
    for (VitalSignsRow r : rows) {
      Object[] key = {"vs", r.test(), r.courseNumber(), r.infusionNumber()};
      String n = shown(r.studyId(), r.nInfusions(), with(key, "n_infusions"));
      String subjects = shown(r.studyId(), r.nSubjects(), with(key, "n_subjects"));
      String exceeded = null;
      if (r.exceededN() != null) {
        exceeded = shown(r.studyId(), r.exceededN(), with(key, "exceeded_n"));
        complement(
            n, exceeded, r.studyId(), r.nInfusions() - r.exceededN(), with(key, "not_exceeded"));
      }
      if (ReportOrder.ALL.equals(r.infusionNumber())) {
        continue;
      }
      // one infusion of a number per subject and course: the same people counted twice
      if (r.nInfusions().equals(r.nSubjects())) {
        s.same(n, subjects);
      }
      numbered
          .computeIfAbsent(id(r.studyId(), r.test(), r.courseNumber()), g -> new ArrayList<>())
          .add(r);
    }
    for (VitalSignsRow r : rows) {
      if (small(r.nInfusions(), k) || small(r.nSubjects(), k)) {
        hideWithRow(
            vitalsId(r, "n_infusions"),
            vitalsId(r, "n_subjects"),
            r.exceededN() == null ? null : vitalsId(r, "exceeded_n"));
      }
      if (!ReportOrder.ALL.equals(r.infusionNumber())) {
        continue;
      }
      List<VitalSignsRow> parts =
          numbered.getOrDefault(id(r.studyId(), r.test(), r.courseNumber()), List.of());
      for (String what : List.of("n_infusions", "exceeded_n", "not_exceeded")) {
        List<String> cells = new ArrayList<>();
        for (VitalSignsRow p : parts) {
          if (s.has(vitalsId(p, what))) {
            cells.add(vitalsId(p, what));
          }
        }
        pooled(s.has(vitalsId(r, what)) ? vitalsId(r, what) : null, cells);
      }
      for (VitalSignsRow p : parts) {
        contains(vitalsId(r, "n_subjects"), vitalsId(p, "n_subjects"));
      }
    }
  }

  private static Object[] with(Object[] key, String what) {
    Object[] out = java.util.Arrays.copyOf(key, key.length + 1);
    out[key.length] = what;
    return out;
  }

  // ---------------------------------------------------------------- time course

  static String timecourseId(VitalSignsTimecourseRow r) {
    return id("vtc", r.studyId(), r.test(), r.minutes(), "n");
  }

  private void timecourse(List<VitalSignsTimecourseRow> rows) {
    for (VitalSignsTimecourseRow r : rows) {
      String n = shown(r.studyId(), r.n(), "vtc", r.test(), r.minutes(), "n");
      if (small(r.n(), k)) {
        hideWithRow(n);
      }
    }
  }

  // ---------------------------------------------------------------- dissociation

  static String dissociationId(DissociationRow r) {
    return id("cadss", r.studyId(), r.courseNumber(), r.infusionNumber(), "n");
  }

  private void dissociation(List<DissociationRow> rows) {
    Map<String, List<String>> numbered = new LinkedHashMap<>();
    for (DissociationRow r : rows) {
      String n = shown(r.studyId(), r.n(), "cadss", r.courseNumber(), r.infusionNumber(), "n");
      if (small(r.n(), k)) {
        hideWithRow(n);
      }
      if (!ReportOrder.ALL.equals(r.infusionNumber())) {
        numbered.computeIfAbsent(id(r.studyId(), r.courseNumber()), g -> new ArrayList<>()).add(n);
      }
    }
    for (DissociationRow r : rows) {
      if (ReportOrder.ALL.equals(r.infusionNumber())) {
        pooled(
            dissociationId(r), numbered.getOrDefault(id(r.studyId(), r.courseNumber()), List.of()));
      }
    }
  }

  // ---------------------------------------------------------------- adverse events

  static String treatedId(String study, int course) {
    return id("ae", study, course, "n_treated");
  }

  static String aeId(AdverseEventRow r, String what) {
    return id("ae", r.studyId(), r.courseNumber(), r.bodySystem(), r.preferredTerm(), what);
  }

  private static boolean overall(AdverseEventRow r) {
    return ReportOrder.ALL.equals(r.bodySystem());
  }

  private void adverseEvents(List<AdverseEventRow> rows) {
    Map<String, List<AdverseEventRow>> terms = new LinkedHashMap<>();
    for (AdverseEventRow r : rows) {
      // printed on every row of the study and course: one cell
      String treated = shown(r.studyId(), r.nTreated(), "ae", r.courseNumber(), "n_treated");
      Object[] key = {"ae", r.courseNumber(), r.bodySystem(), r.preferredTerm()};
      String subjects = shown(r.studyId(), r.nSubjects(), with(key, "n_subjects"));
      String events = shown(r.studyId(), r.nEvents(), with(key, "n_events"));
      complement(
          treated, subjects, r.studyId(), r.nTreated() - r.nSubjects(), with(key, "without"));
      if (small(r.nTreated(), k)) {
        hideWithRow(treated, subjects, events);
      }
      if (!overall(r)) {
        terms.computeIfAbsent(id(r.studyId(), r.courseNumber()), g -> new ArrayList<>()).add(r);
      }
    }
    Map<String, AdverseEventRow> any = new LinkedHashMap<>();
    for (AdverseEventRow r : rows) {
      if (overall(r) && "ANY".equals(r.preferredTerm())) {
        any.put(id(r.studyId(), r.courseNumber()), r);
      }
    }
    for (AdverseEventRow r : rows) {
      AdverseEventRow all = any.get(id(r.studyId(), r.courseNumber()));
      if (all == null || all == r) {
        continue;
      }
      // subjects with a TEAE contain those with this term (or a serious or severe one)
      contains(aeId(all, "n_subjects"), aeId(r, "n_subjects"));
    }
    any.forEach(
        (group, all) -> {
          List<String> events = new ArrayList<>();
          for (AdverseEventRow t : terms.getOrDefault(group, List.of())) {
            events.add(aeId(t, "n_events"));
          }
          // each TEAE has one body system and term
          pooled(aeId(all, "n_events"), events);
        });
  }

  // ---------------------------------------------------------------- suicidality

  static String shiftId(SuicidalityShiftRow r) {
    return id(
        "sui",
        r.studyId(),
        r.scale(),
        r.courseNumber(),
        "cell",
        r.baselineCategory(),
        r.worstCategory());
  }

  static String suiId(SuicidalitySummaryRow r, String what) {
    return id("sui", r.studyId(), r.scale(), r.courseNumber(), what);
  }

  private void suicidality(List<SuicidalityShiftRow> shift, List<SuicidalitySummaryRow> summary) {
    Map<String, List<SuicidalityShiftRow>> grids = new LinkedHashMap<>();
    for (SuicidalityShiftRow c : shift) {
      shown(
          c.studyId(),
          c.n(),
          "sui",
          c.scale(),
          c.courseNumber(),
          "cell",
          c.baselineCategory(),
          c.worstCategory());
      grids
          .computeIfAbsent(id(c.studyId(), c.scale(), c.courseNumber()), g -> new ArrayList<>())
          .add(c);
    }
    for (SuicidalitySummaryRow r : summary) {
      String st = r.studyId();
      Object[] key = {"sui", r.scale(), r.courseNumber()};
      String n = shown(st, r.n(), with(key, "n"));
      String worsened = shown(st, r.worsened(), with(key, "worsened"));
      String emergentN = shown(st, r.emergentN(), with(key, "emergent_n"));
      String emergent = shown(st, r.emergent(), with(key, "emergent"));
      String resolvedN = shown(st, r.resolvedN(), with(key, "resolved_n"));
      String resolved = shown(st, r.resolved(), with(key, "resolved"));
      complement(n, worsened, st, r.n() - r.worsened(), with(key, "not_worsened"));
      complement(emergentN, emergent, st, r.emergentN() - r.emergent(), with(key, "not_emergent"));
      complement(resolvedN, resolved, st, r.resolvedN() - r.resolved(), with(key, "not_resolved"));
      // baseline above 0 = n - emergent_n; among them those answered at the OC endpoint
      int above = r.n() - r.emergentN();
      if (above >= 0) {
        String baselineAbove = derived(st, above, with(key, "baseline_above_0"));
        s.relation(n, List.of(emergentN, baselineAbove));
        complement(
            baselineAbove, resolvedN, st, above - r.resolvedN(), with(key, "not_answered_at_oc"));
      }
      // the same ITT courses in the population flow, of which these answered the item
      contains(
          SmallCellSuppression.flowId(st, r.scale(), r.courseNumber(), PopulationFlowRow.ITT), n);
      List<SuicidalityShiftRow> grid =
          grids.getOrDefault(id(st, r.scale(), r.courseNumber()), List.of());
      pooled(n, grid.stream().map(SafetyCells::shiftId).toList());
      gridSums(r, grid);
      if (small(r.n(), k)) {
        hideWithRow(n, worsened, emergentN, emergent, resolvedN, resolved);
        grid.forEach(c -> hideWithRow(shiftId(c)));
      }
      if (small(r.emergentN(), k)) {
        hideWithRow(emergent);
      }
      if (small(r.resolvedN(), k)) {
        hideWithRow(resolved);
      }
    }
  }

  /**
   * Where categories are single scores (PHQ-9): emergent_n is the baseline-0 row, emergent that
   * row's cells above 0, worsened the cells at or above the worsening threshold (whichever it is: a
   * reader finds it in section 1).
   */
  private void gridSums(SuicidalitySummaryRow r, List<SuicidalityShiftRow> grid) {
    Map<SuicidalityShiftRow, int[]> scores = new LinkedHashMap<>();
    for (SuicidalityShiftRow c : grid) {
      Integer b = score(c.baselineCategory());
      Integer w = score(c.worstCategory());
      if (b == null || w == null) {
        return;
      }
      scores.put(c, new int[] {b, w});
    }
    if (scores.isEmpty()) {
      return;
    }
    exactSum(
        suiId(r, "emergent_n"),
        scores.entrySet().stream().filter(e -> e.getValue()[0] == 0).map(e -> e.getKey()).toList());
    exactSum(
        suiId(r, "emergent"),
        scores.entrySet().stream()
            .filter(e -> e.getValue()[0] == 0 && e.getValue()[1] > 0)
            .map(e -> e.getKey())
            .toList());
    int max = scores.values().stream().mapToInt(v -> v[1] - v[0]).max().orElse(0);
    for (int t = 1; t <= max; t++) {
      int threshold = t;
      exactSum(
          suiId(r, "worsened"),
          scores.entrySet().stream()
              .filter(e -> e.getValue()[1] - e.getValue()[0] >= threshold)
              .map(e -> e.getKey())
              .toList());
    }
  }

  private void exactSum(String total, List<SuicidalityShiftRow> cells) {
    List<String> ids = cells.stream().map(SafetyCells::shiftId).toList();
    if (!ids.isEmpty() && ids.stream().mapToLong(s::value).sum() == s.value(total)) {
      s.relation(total, ids);
    }
  }

  private static Integer score(String category) {
    try {
      return Integer.valueOf(category);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- rebuilding

  /** The safety tables with the hidden cells and whatever they give away emptied. */
  static SafetyTables rebuild(SafetyTables t, Set<String> hidden) {
    return new SafetyTables(
        t.vitalSigns().stream().map(r -> vitalSigns(r, hidden)).toList(),
        t.vitalSignsTimecourse().stream().map(r -> timecourse(r, hidden)).toList(),
        t.dissociation().stream().map(r -> dissociation(r, hidden)).toList(),
        t.adverseEvents().stream().map(r -> adverseEvent(r, hidden)).toList(),
        t.suicidality().stream().map(r -> shift(r, hidden)).toList(),
        t.suicidalitySummary().stream().map(r -> summary(r, hidden)).toList());
  }

  private static VitalSignsRow vitalSigns(VitalSignsRow r, Set<String> hidden) {
    boolean n = hidden.contains(vitalsId(r, "n_infusions"));
    boolean subjects = hidden.contains(vitalsId(r, "n_subjects"));
    boolean stats = n || subjects;
    boolean exceeded = r.exceededN() != null && hidden.contains(vitalsId(r, "exceeded_n"));
    boolean rate = r.exceededRate() != null && (exceeded || n);
    List<String> gone = new ArrayList<>();
    if (n) {
      gone.add("n_infusions");
    }
    if (subjects) {
      gone.add("n_subjects");
    }
    if (stats) {
      gone.addAll(List.of("mean_pre", "mean_peak", "mean_change", "sd_change"));
    }
    if (r.maxPeak() != null) {
      gone.add("max_peak");
    }
    if (stats) {
      gone.add("mean_time_to_peak");
    }
    if (exceeded) {
      gone.add("exceeded_n");
    }
    if (rate) {
      gone.addAll(List.of("exceeded_rate", "exceeded_ci_low", "exceeded_ci_high"));
    }
    return new VitalSignsRow(
        r.studyId(),
        r.test(),
        r.courseNumber(),
        r.infusionNumber(),
        n ? null : r.nInfusions(),
        subjects ? null : r.nSubjects(),
        stats ? null : r.meanPre(),
        stats ? null : r.meanPeak(),
        stats ? null : r.meanChange(),
        stats ? null : r.sdChange(),
        null,
        stats ? null : r.meanTimeToPeak(),
        exceeded ? null : r.exceededN(),
        rate ? null : r.exceededRate(),
        rate ? null : r.exceededCiLow(),
        rate ? null : r.exceededCiHigh(),
        gone);
  }

  private static VitalSignsTimecourseRow timecourse(VitalSignsTimecourseRow r, Set<String> hidden) {
    if (!hidden.contains(timecourseId(r))) {
      return r;
    }
    return new VitalSignsTimecourseRow(
        r.studyId(), r.test(), r.minutes(), null, null, null, List.of("n", "mean", "sd"));
  }

  private static DissociationRow dissociation(DissociationRow r, Set<String> hidden) {
    boolean n = hidden.contains(dissociationId(r));
    List<String> gone = new ArrayList<>();
    if (n) {
      gone.addAll(List.of("n", "mean_peak", "sd_peak", "median_peak"));
    }
    if (r.maxPeak() != null) {
      gone.add("max_peak");
    }
    if (n) {
      gone.add("mean_change");
    }
    return new DissociationRow(
        r.studyId(),
        r.courseNumber(),
        r.infusionNumber(),
        n ? null : r.n(),
        n ? null : r.meanPeak(),
        n ? null : r.sdPeak(),
        n ? null : r.medianPeak(),
        null,
        n ? null : r.meanChange(),
        gone);
  }

  private static AdverseEventRow adverseEvent(AdverseEventRow r, Set<String> hidden) {
    boolean subjects = hidden.contains(aeId(r, "n_subjects"));
    boolean events = hidden.contains(aeId(r, "n_events"));
    boolean treated = hidden.contains(treatedId(r.studyId(), r.courseNumber()));
    boolean pct = subjects || treated;
    List<String> gone = new ArrayList<>();
    if (subjects) {
      gone.add("n_subjects");
    }
    if (events) {
      gone.add("n_events");
    }
    if (treated) {
      gone.add("n_treated");
    }
    if (pct) {
      gone.addAll(List.of("pct", "ci_low", "ci_high"));
    }
    return new AdverseEventRow(
        r.studyId(),
        r.courseNumber(),
        r.bodySystem(),
        r.preferredTerm(),
        subjects ? null : r.nSubjects(),
        events ? null : r.nEvents(),
        treated ? null : r.nTreated(),
        pct ? null : r.pct(),
        pct ? null : r.ciLow(),
        pct ? null : r.ciHigh(),
        gone);
  }

  private static SuicidalityShiftRow shift(SuicidalityShiftRow r, Set<String> hidden) {
    if (!hidden.contains(shiftId(r))) {
      return r;
    }
    return new SuicidalityShiftRow(
        r.studyId(),
        r.scale(),
        r.courseNumber(),
        r.baselineCategory(),
        r.worstCategory(),
        null,
        List.of("n"));
  }

  private static SuicidalitySummaryRow summary(SuicidalitySummaryRow r, Set<String> hidden) {
    boolean n = hidden.contains(suiId(r, "n"));
    boolean worsened = hidden.contains(suiId(r, "worsened"));
    boolean emergentN = hidden.contains(suiId(r, "emergent_n"));
    boolean emergent = hidden.contains(suiId(r, "emergent"));
    boolean resolvedN = hidden.contains(suiId(r, "resolved_n"));
    boolean resolved = hidden.contains(suiId(r, "resolved"));
    boolean worsenedRate = n || worsened;
    boolean emergentRate = emergentN || emergent;
    boolean resolvedRate = resolvedN || resolved;
    List<String> gone = new ArrayList<>();
    if (n) {
      gone.add("n");
    }
    rate(gone, "worsened", worsened, worsenedRate);
    if (emergentN) {
      gone.add("emergent_n");
    }
    rate(gone, "emergent", emergent, emergentRate);
    if (resolvedN) {
      gone.add("resolved_n");
    }
    rate(gone, "resolved", resolved, resolvedRate);
    return new SuicidalitySummaryRow(
        r.studyId(),
        r.scale(),
        r.courseNumber(),
        n ? null : r.n(),
        worsened ? null : r.worsened(),
        worsenedRate ? null : r.worsenedRate(),
        worsenedRate ? null : r.worsenedCiLow(),
        worsenedRate ? null : r.worsenedCiHigh(),
        emergentN ? null : r.emergentN(),
        emergent ? null : r.emergent(),
        emergentRate ? null : r.emergentRate(),
        emergentRate ? null : r.emergentCiLow(),
        emergentRate ? null : r.emergentCiHigh(),
        resolvedN ? null : r.resolvedN(),
        resolved ? null : r.resolved(),
        resolvedRate ? null : r.resolvedRate(),
        resolvedRate ? null : r.resolvedCiLow(),
        resolvedRate ? null : r.resolvedCiHigh(),
        gone);
  }

  private static void rate(List<String> gone, String name, boolean count, boolean rate) {
    if (count) {
      gone.add(name);
    }
    if (rate) {
      gone.addAll(List.of(name + "_rate", name + "_ci_low", name + "_ci_high"));
    }
  }
}
