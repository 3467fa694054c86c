package org.infusionoutcomes.analysis.report.disclosure;

import static org.infusionoutcomes.analysis.report.disclosure.CellSuppression.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.infusionoutcomes.analysis.report.AgreementRow;
import org.infusionoutcomes.analysis.report.KmRow;
import org.infusionoutcomes.analysis.report.LogRankRow;
import org.infusionoutcomes.analysis.report.PopulationFlowRow;
import org.infusionoutcomes.analysis.report.QualityCheck;
import org.infusionoutcomes.analysis.report.QualityReport;
import org.infusionoutcomes.analysis.report.ReportData;
import org.infusionoutcomes.analysis.report.ReportOrder;
import org.infusionoutcomes.analysis.report.ReportTables;
import org.infusionoutcomes.analysis.report.ResponseRemissionRow;
import org.infusionoutcomes.analysis.report.RunInfo;
import org.infusionoutcomes.analysis.report.SubgroupRow;
import org.infusionoutcomes.analysis.report.SurvivalSummaryRow;
import org.infusionoutcomes.analysis.report.TrajectoryRow;
import org.infusionoutcomes.analysis.report.Waterfall;
import org.infusionoutcomes.analysis.report.WaterfallBar;

/**
 * Makes every report table safe to share with {@code min_cell_size: k} (docs/report.md, "Sharing a
 * report outside the team"): one {@link CellSuppression} problem holds every count the report
 * prints, tied by the sums that connect them (complements in a row, the pooled {@code ALL} rows and
 * their studies, the steps of the population flow, the same courses counted in two tables), so a
 * count hidden in one place is hidden wherever it or a sum giving it away appears. Then rates,
 * intervals and statistics computed from a hidden count are emptied, rows whose n is below k lose
 * everything, and each row lists what was emptied.
 *
 * <p>Kaplan-Meier tables arrive already coarsened ({@link KmCoarsening}, in the analyse stage);
 * here a survival group whose n is hidden loses its curve and its summary. The data-quality part
 * keeps each check's status but drops its counts and sentence, which pool report groups. The safety
 * tables join the same problem ({@link SafetyCells}), and so do the subgroups (the levels of a
 * factor add up to the rates table's courses) and the agreement between scales (its four cells add
 * up to n; its courses are among each scale's OC courses).
 */
public final class SmallCellSuppression {
  private SmallCellSuppression() {}

  private static final String[] ANALYSES = {"OC", "LOCF", "NRI"};

  /** Returns {@code data} with every small cell and everything revealing it emptied. */
  public static ReportData apply(ReportData data, int k) {
    Cells c = cells(data, k);
    Set<String> hidden = c.s.solve();
    return c.rebuild(data, hidden, k);
  }

  /** Every count of the report and the sums tying them, before solving (tests audit it). */
  static CellSuppression problem(ReportData data, int k) {
    return cells(data, k).s;
  }

  /**
   * The report's cells in two rounds. First the outcome, flow, survival, trajectory, waterfall, run
   * and safety tables are solved alone; then the subgroups and the agreement between scales join
   * them with that solution settled: what it hid stays hidden, what it showed stays shown, and the
   * new tables take every complement they need from their own cells. So sharing the subgroups never
   * empties a cell of the main tables, whose many ties to the subgroups (ten factors split every
   * rates row) would otherwise carry suppression across the whole report.
   */
  private static Cells cells(ReportData data, int k) {
    Cells main = mainCells(data, k);
    if (data.subgroups().isEmpty() && data.agreement().isEmpty()) {
      return main;
    }
    Set<String> hidden = main.s.solve();
    Cells c = mainCells(data, k);
    for (String id : c.s.cells().keySet()) {
      if (c.s.isDerived(id)) {
        continue;
      }
      if (hidden.contains(id)) {
        c.s.settledHidden(id);
      } else {
        c.s.settledShown(id);
      }
    }
    c.subgroups(data.subgroups());
    c.agreement(data.agreement());
    return c;
  }

  private static Cells mainCells(ReportData data, int k) {
    Cells c = new Cells(new CellSuppression(k), k);
    c.flow(data.populationFlow());
    c.rates(data.responseRemission());
    c.survival("durability", data.durabilitySummary());
    c.survival("time_to_response", data.timeToResponseSummary());
    c.survival("time_to_remission", data.timeToRemissionSummary());
    c.trajectory(data.trajectory());
    c.waterfall(data.waterfall(), data.responseRemission());
    c.run(data.run(), data.quality());
    new SafetyCells(c.s, k).add(data.safety());
    return c;
  }

  /** The id of a population-flow cell (the safety tables tie their ITT courses to it). */
  static String flowId(String study, String scale, int course, String what) {
    return Cells.flowId(study, scale, course, what);
  }

  /** Builds the cells and relations, then rebuilds the rows from the solution. */
  private static final class Cells {
    private final CellSuppression s;
    private final int k;

    Cells(CellSuppression s, int k) {
      this.s = s;
      this.k = k;
    }

    // ---------------------------------------------------------------- population flow

    static String flowId(String study, String scale, int course, String what) {
      return id("flow", study, scale, course, what);
    }

    void flow(List<PopulationFlowRow> rows) {
      Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
      for (PopulationFlowRow r : rows) {
        String what = r.reason() == null ? r.step() : r.reason();
        groups
            .computeIfAbsent(
                id(r.studyId(), r.scale(), r.courseNumber()), g -> new LinkedHashMap<>())
            .put(what, (long) r.n());
        s.shown(flowId(r.studyId(), r.scale(), r.courseNumber(), what), r.n());
      }
      Map<String, List<String>> studiesOf = new LinkedHashMap<>();
      for (PopulationFlowRow r : rows) {
        if (r.reason() == null && r.step().equals(PopulationFlowRow.COURSES)) {

          if (r.n() < k) {
            for (String what : groups.get(id(r.studyId(), r.scale(), r.courseNumber())).keySet()) {
              s.hideWithRow(flowId(r.studyId(), r.scale(), r.courseNumber(), what));
            }
          }
          relateStep(
              r,
              PopulationFlowRow.COURSES,
              PopulationFlowRow.WITH_BASELINE,
              PopulationFlowRow.NO_BASELINE,
              PopulationFlowRow.BASELINE_AMBIGUOUS);
          relateStep(
              r,
              PopulationFlowRow.WITH_BASELINE,
              PopulationFlowRow.ITT,
              PopulationFlowRow.BASELINE_ZERO);
          relateStep(
              r,
              PopulationFlowRow.ITT,
              PopulationFlowRow.OC_EVALUABLE,
              PopulationFlowRow.NO_OC_ENDPOINT);
          relateStep(
              r,
              PopulationFlowRow.OC_EVALUABLE,
              PopulationFlowRow.OC_RESPONDERS,
              PopulationFlowRow.OC_NON_RESPONDER);
          if (!ReportOrder.ALL.equals(r.studyId())) {
            studiesOf
                .computeIfAbsent(id(r.scale(), r.courseNumber()), g -> new ArrayList<>())
                .add(r.studyId());
          }
        }
      }
      for (PopulationFlowRow r : rows) {
        if (!ReportOrder.ALL.equals(r.studyId())) {
          continue;
        }
        String what = r.reason() == null ? r.step() : r.reason();
        List<String> parts = new ArrayList<>();
        for (String study : studiesOf.getOrDefault(id(r.scale(), r.courseNumber()), List.of())) {
          String p = flowId(study, r.scale(), r.courseNumber(), what);
          if (s.has(p)) {
            parts.add(p);
          }
        }
        pooled(flowId(r.studyId(), r.scale(), r.courseNumber(), what), parts);
      }
    }

    private void relateStep(PopulationFlowRow r, String from, String to, String... reasons) {
      String total = flowId(r.studyId(), r.scale(), r.courseNumber(), from);
      List<String> parts = new ArrayList<>();
      parts.add(flowId(r.studyId(), r.scale(), r.courseNumber(), to));
      for (String reason : reasons) {
        parts.add(flowId(r.studyId(), r.scale(), r.courseNumber(), reason));
      }
      if (s.has(total) && parts.stream().allMatch(s::has)) {
        s.relation(total, parts);
      }
    }

    /** {@code ALL = sum of studies} when the sum holds (it does for every count of one course). */
    private void pooled(String all, List<String> studies) {
      if (!s.has(all) || studies.isEmpty()) {
        return;
      }
      long sum = studies.stream().mapToLong(s::value).sum();
      if (sum == s.value(all)) {
        s.relation(all, studies);
      } else if (sum < s.value(all)) {
        s.relation(all, plus(studies, s.derived(all + "\u0000rest", s.value(all) - sum)));
      }
    }

    private static List<String> plus(List<String> list, String one) {
      List<String> out = new ArrayList<>(list);
      out.add(one);
      return out;
    }

    // ---------------------------------------------------------------- response and remission

    static String rateId(ResponseRemissionRow r, String what) {
      return id("rate", r.studyId(), r.scale(), r.courseNumber(), r.analysis(), what);
    }

    static String rateId(String study, String scale, int course, String analysis, String what) {
      return id("rate", study, scale, course, analysis, what);
    }

    void rates(List<ResponseRemissionRow> rows) {
      Map<String, ResponseRemissionRow> byKey = new LinkedHashMap<>();
      Map<String, List<String>> studiesOf = new LinkedHashMap<>();
      for (ResponseRemissionRow r : rows) {
        byKey.put(id(r.studyId(), r.scale(), r.courseNumber(), r.analysis()), r);
        String n = s.shown(rateId(r, "n"), r.n());
        String resp = s.shown(rateId(r, "responders"), r.responders());
        String rem = s.shown(rateId(r, "remitters"), r.remitters());
        String nonResp = s.derived(rateId(r, "non_responders"), r.n() - r.responders());
        String nonRem = s.derived(rateId(r, "non_remitters"), r.n() - r.remitters());
        s.relation(n, List.of(resp, nonResp));
        s.relation(n, List.of(rem, nonRem));
        if (r.n() > 0 && r.n() < k) {
          s.hideWithRow(n);
          s.hideWithRow(resp);
          s.hideWithRow(rem);
        }
        if (!ReportOrder.ALL.equals(r.studyId()) && "OC".equals(r.analysis())) {
          studiesOf
              .computeIfAbsent(id(r.scale(), r.courseNumber()), g -> new ArrayList<>())
              .add(r.studyId());
        }
      }
      for (ResponseRemissionRow r : rows) {
        String study = r.studyId();
        // the same courses, counted in two places
        if ("NRI".equals(r.analysis())) {
          ResponseRemissionRow oc = byKey.get(id(study, r.scale(), r.courseNumber(), "OC"));
          if (oc != null) {
            sameIfEqual(rateId(r, "responders"), rateId(oc, "responders"));
            sameIfEqual(rateId(r, "remitters"), rateId(oc, "remitters"));
            contains(rateId(r, "n"), rateId(oc, "n"));
          }
          sameIfEqual(rateId(r, "n"), flowId(study, r.scale(), r.courseNumber(), "itt"));
        }
        if ("OC".equals(r.analysis())) {
          sameIfEqual(rateId(r, "n"), flowId(study, r.scale(), r.courseNumber(), "oc_evaluable"));
          sameIfEqual(
              rateId(r, "responders"), flowId(study, r.scale(), r.courseNumber(), "oc_responders"));
        }
        if ("LOCF".equals(r.analysis())) {
          ResponseRemissionRow oc = byKey.get(id(study, r.scale(), r.courseNumber(), "OC"));
          if (oc != null) {
            contains(rateId(r, "n"), rateId(oc, "n"));
          }
        }
        if (ReportOrder.ALL.equals(study)) {
          for (String what :
              List.of("n", "responders", "remitters", "non_responders", "non_remitters")) {
            List<String> parts = new ArrayList<>();
            for (String st : studiesOf.getOrDefault(id(r.scale(), r.courseNumber()), List.of())) {
              String p = rateId(st, r.scale(), r.courseNumber(), r.analysis(), what);
              if (s.has(p)) {
                parts.add(p);
              }
            }
            pooled(rateId(r, what), parts);
          }
        }
      }
    }

    /** Two cells that should count the same courses: tied when they do. */
    private void sameIfEqual(String a, String b) {
      if (s.has(a) && s.has(b) && s.value(a) == s.value(b)) {
        s.same(a, b);
      }
    }

    /** {@code outer} counts every course {@code inner} does, and maybe more. */
    private void contains(String outer, String inner) {
      if (s.has(outer) && s.has(inner) && s.value(outer) >= s.value(inner)) {
        s.relation(
            outer,
            List.of(
                inner,
                s.derived(outer + "\u0000minus\u0000" + inner, s.value(outer) - s.value(inner))));
      }
    }

    // ---------------------------------------------------------------- survival

    static String survivalId(String endpoint, SurvivalSummaryRow r, String what) {
      return id("surv", endpoint, r.studyId(), r.scale(), r.courseNumber(), what);
    }

    void survival(String endpoint, List<SurvivalSummaryRow> rows) {
      Map<String, List<SurvivalSummaryRow>> studiesOf = new LinkedHashMap<>();
      for (SurvivalSummaryRow r : rows) {
        String n = s.shown(survivalId(endpoint, r, "n"), r.n());
        if (r.events() != null && r.censored() != null) {
          String ev = s.shown(survivalId(endpoint, r, "events"), r.events());
          String ce = s.shown(survivalId(endpoint, r, "censored"), r.censored());
          s.relation(n, List.of(ev, ce));
          if (r.n() < k) {
            s.hideWithRow(ev);
            s.hideWithRow(ce);
          }
        }
        if (r.n() > 0 && r.n() < k) {
          s.hideWithRow(n);
        }
        if (!ReportOrder.ALL.equals(r.studyId())) {
          studiesOf.computeIfAbsent(id(r.scale(), r.courseNumber()), g -> new ArrayList<>()).add(r);
        }
        if ("durability".equals(endpoint)) {
          contains(
              rateId(r.studyId(), r.scale(), r.courseNumber(), "OC", "responders"),
              survivalId(endpoint, r, "n"));
        } else {
          contains(
              rateId(r.studyId(), r.scale(), r.courseNumber(), "NRI", "n"),
              survivalId(endpoint, r, "n"));
        }
      }
      for (SurvivalSummaryRow r : rows) {
        if (ReportOrder.ALL.equals(r.studyId())) {
          List<String> parts = new ArrayList<>();
          for (SurvivalSummaryRow st :
              studiesOf.getOrDefault(id(r.scale(), r.courseNumber()), List.of())) {
            parts.add(survivalId(endpoint, st, "n"));
          }
          pooled(survivalId(endpoint, r, "n"), parts);
        }
      }
    }

    // ---------------------------------------------------------------- trajectories

    static String trajectoryId(String study, String scale, int course, int day) {
      return id("traj", study, scale, course, day);
    }

    void trajectory(List<TrajectoryRow> rows) {
      Map<String, List<String>> studiesOf = new LinkedHashMap<>();
      for (TrajectoryRow r : rows) {
        String n = s.shown(trajectoryId(r.studyId(), r.scale(), r.courseNumber(), r.day()), r.n());
        if (r.n() < k) {
          s.hideWithRow(n);
        }
        if (!ReportOrder.ALL.equals(r.studyId())) {
          studiesOf
              .computeIfAbsent(id(r.scale(), r.courseNumber(), r.day()), g -> new ArrayList<>())
              .add(n);
        }
      }
      for (TrajectoryRow r : rows) {
        if (ReportOrder.ALL.equals(r.studyId())) {
          pooled(
              trajectoryId(r.studyId(), r.scale(), r.courseNumber(), r.day()),
              studiesOf.getOrDefault(id(r.scale(), r.courseNumber(), r.day()), List.of()));
        }
      }
    }

    // ---------------------------------------------------------------- waterfall

    static String waterfallId(String scale, String what) {
      return id("waterfall", scale, what);
    }

    void waterfall(List<Waterfall> waterfalls, List<ResponseRemissionRow> rates) {
      for (Waterfall w : waterfalls) {
        String itt = s.shown(waterfallId(w.scale(), "itt"), w.ittCourses());
        String ev = s.shown(waterfallId(w.scale(), "evaluable"), w.evaluable());
        String resp = s.shown(waterfallId(w.scale(), "responders"), w.responders());
        String rem = s.shown(waterfallId(w.scale(), "remitters"), w.remitters());
        // printed once, under the chart: hide these before a table cell
        s.preferAsComplement(itt);
        s.preferAsComplement(resp);
        s.preferAsComplement(rem);
        s.relation(
            itt,
            List.of(
                ev, s.derived(waterfallId(w.scale(), "no_oc"), w.ittCourses() - w.evaluable())));
        s.relation(
            ev,
            List.of(
                resp,
                s.derived(
                    waterfallId(w.scale(), "non_responders"), w.evaluable() - w.responders())));
        s.relation(
            ev,
            List.of(
                rem,
                s.derived(waterfallId(w.scale(), "non_remitters"), w.evaluable() - w.remitters())));
        // the bars pool every course number of the scale: a total over the ALL rows
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (ResponseRemissionRow r : rates) {
          if (ReportOrder.ALL.equals(r.studyId()) && r.scale().equals(w.scale())) {
            if ("NRI".equals(r.analysis())) {
              parts.computeIfAbsent(itt, x -> new ArrayList<>()).add(rateId(r, "n"));
            } else if ("OC".equals(r.analysis())) {
              parts.computeIfAbsent(ev, x -> new ArrayList<>()).add(rateId(r, "n"));
              parts.computeIfAbsent(resp, x -> new ArrayList<>()).add(rateId(r, "responders"));
              parts.computeIfAbsent(rem, x -> new ArrayList<>()).add(rateId(r, "remitters"));
            }
          }
        }
        parts.forEach(this::pooled);
      }
    }

    // ---------------------------------------------------------------- run and quality

    void run(RunInfo run, QualityReport quality) {
      if (run != null) {
        if (run.filesRead() != null) {
          s.shown(id("run", "files_read"), run.filesRead());
        }
        if (run.recordsRead() != null && run.recordsRejected() != null) {
          String read = s.shown(id("run", "records_read"), run.recordsRead());
          String rejected = s.shown(id("run", "records_rejected"), run.recordsRejected());
          long accepted = run.recordsRead() - run.recordsRejected();
          if (accepted >= 0) {
            s.relation(read, List.of(rejected, s.derived(id("run", "accepted"), accepted)));
          }
          if (quality != null && quality.rejectsByRule() != null) {
            List<String> rules = new ArrayList<>();
            quality.rejectsByRule().forEach((rule, n) -> rules.add(s.shown(id("reject", rule), n)));
            pooled(rejected, rules);
          }
        }
      }
      if (quality != null && quality.warningsByRule() != null) {
        quality.warningsByRule().forEach((rule, n) -> s.shown(id("warning", rule), n));
      }
    }

    // ---------------------------------------------------------------- subgroups

    static String subgroupId(SubgroupRow r, String study, String level, String what) {
      return id("sub", study, r.scale(), r.courseNumber(), r.analysis(), r.factor(), level, what);
    }

    private static final List<String> SUBGROUP_COUNTS =
        List.of("n", "responders", "remitters", "non_responders", "non_remitters");

    void subgroups(List<SubgroupRow> rows) {
      Map<String, List<SubgroupRow>> levelsOf = new LinkedHashMap<>();
      Map<String, List<String>> studiesOf = new LinkedHashMap<>();
      for (SubgroupRow r : rows) {
        String study = r.studyId();
        String n = s.shown(subgroupId(r, study, r.level(), "n"), r.n());
        String resp = s.shown(subgroupId(r, study, r.level(), "responders"), r.responders());
        String rem = s.shown(subgroupId(r, study, r.level(), "remitters"), r.remitters());
        s.relation(
            n,
            List.of(
                resp,
                s.derived(
                    subgroupId(r, study, r.level(), "non_responders"), r.n() - r.responders())));
        s.relation(
            n,
            List.of(
                rem,
                s.derived(
                    subgroupId(r, study, r.level(), "non_remitters"), r.n() - r.remitters())));
        if (r.n() < k) {
          s.hideWithRow(n);
          s.hideWithRow(resp);
          s.hideWithRow(rem);
        }
        levelsOf
            .computeIfAbsent(
                id(study, r.scale(), r.courseNumber(), r.analysis(), r.factor()),
                g -> new ArrayList<>())
            .add(r);
        if (!ReportOrder.ALL.equals(study)) {
          studiesOf
              .computeIfAbsent(
                  id(r.scale(), r.courseNumber(), r.analysis(), r.factor(), r.level()),
                  g -> new ArrayList<>())
              .add(study);
        }
      }
      // the levels of a factor split the courses the rates table counts (those with factors)
      for (List<SubgroupRow> levels : levelsOf.values()) {
        SubgroupRow first = levels.get(0);
        for (String what : SUBGROUP_COUNTS) {
          String total =
              rateId(first.studyId(), first.scale(), first.courseNumber(), first.analysis(), what);
          List<String> parts = new ArrayList<>();
          for (SubgroupRow r : levels) {
            parts.add(subgroupId(r, r.studyId(), r.level(), what));
          }
          split(total, parts, "without_factors");
        }
      }
      for (SubgroupRow r : rows) {
        if (!ReportOrder.ALL.equals(r.studyId())) {
          continue;
        }
        List<String> studies =
            studiesOf.getOrDefault(
                id(r.scale(), r.courseNumber(), r.analysis(), r.factor(), r.level()), List.of());
        for (String what : SUBGROUP_COUNTS) {
          List<String> parts = new ArrayList<>();
          for (String study : studies) {
            parts.add(subgroupId(r, study, r.level(), what));
          }
          pooled(subgroupId(r, r.studyId(), r.level(), what), parts);
        }
      }
    }

    /**
     * {@code total = sum of parts} when the parts count some of the total's courses, the rest (the
     * courses the parts leave out, named by {@code rest}) as a derived cell.
     */
    private void split(String total, List<String> parts, String rest) {
      if (!s.has(total)) {
        return;
      }
      long sum = parts.stream().mapToLong(s::value).sum();
      if (sum == s.value(total)) {
        s.relation(total, parts);
      } else if (sum < s.value(total)) {
        s.relation(total, plus(parts, s.derived(total + "\u0000" + rest, s.value(total) - sum)));
      }
    }

    // ---------------------------------------------------------------- agreement

    static String agreementId(String study, int course, String endpoint, String what) {
      return id("agree", study, course, endpoint, what);
    }

    private static final List<String> AGREEMENT_CELLS =
        List.of("both", "madrs_only", "phq9_only", "neither");

    void agreement(List<AgreementRow> rows) {
      Map<String, List<String>> studiesOf = new LinkedHashMap<>();
      for (AgreementRow r : rows) {
        String study = r.studyId();
        int course = r.courseNumber();
        String endpoint = r.endpoint();
        String n = s.shown(agreementId(study, course, endpoint, "n"), r.n());
        long[] values = {r.both(), r.madrsOnly(), r.phq9Only(), r.neither()};
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
          cells.add(
              s.shown(agreementId(study, course, endpoint, AGREEMENT_CELLS.get(i)), values[i]));
        }
        s.relation(n, cells);
        // each scale's positives: its responders (remitters) among these courses
        String madrs =
            s.derived(
                agreementId(study, course, endpoint, "madrs_positive"), values[0] + values[1]);
        s.relation(madrs, List.of(cells.get(0), cells.get(1)));
        String phq9 =
            s.derived(agreementId(study, course, endpoint, "phq9_positive"), values[0] + values[2]);
        s.relation(phq9, List.of(cells.get(0), cells.get(2)));
        if (r.n() < k) {
          s.hideWithRow(n);
          cells.forEach(s::hideWithRow);
        }
        // the same courses in the rates table: among each scale's OC courses and its positives
        String count = "response".equals(endpoint) ? "responders" : "remitters";
        contains(rateId(study, "MADRS", course, "OC", "n"), n);
        contains(rateId(study, "PHQ9", course, "OC", "n"), n);
        contains(rateId(study, "MADRS", course, "OC", count), madrs);
        contains(rateId(study, "PHQ9", course, "OC", count), phq9);
        if (!ReportOrder.ALL.equals(study)) {
          studiesOf.computeIfAbsent(id(course, endpoint), g -> new ArrayList<>()).add(study);
        }
      }
      for (AgreementRow r : rows) {
        String study = r.studyId();
        int course = r.courseNumber();
        // response and remission are read on the same courses
        if ("remission".equals(r.endpoint())) {
          sameIfEqual(
              agreementId(study, course, "remission", "n"),
              agreementId(study, course, "response", "n"));
        }
        if (ReportOrder.ALL.equals(study)) {
          for (String what : plus(AGREEMENT_CELLS, "n")) {
            List<String> parts = new ArrayList<>();
            for (String st : studiesOf.getOrDefault(id(course, r.endpoint()), List.of())) {
              parts.add(agreementId(st, course, r.endpoint(), what));
            }
            pooled(agreementId(study, course, r.endpoint(), what), parts);
          }
        }
      }
    }

    // ---------------------------------------------------------------- rebuilding the rows

    ReportData rebuild(ReportData d, Set<String> hidden, int k) {
      Function<String, Boolean> h = hidden::contains;
      List<PopulationFlowRow> flow = new ArrayList<>();
      for (PopulationFlowRow r : d.populationFlow()) {
        String what = r.reason() == null ? r.step() : r.reason();
        boolean hide = h.apply(flowId(r.studyId(), r.scale(), r.courseNumber(), what));
        flow.add(
            new PopulationFlowRow(
                r.studyId(),
                r.scale(),
                r.courseNumber(),
                r.step(),
                hide ? null : r.n(),
                r.reason(),
                hide ? List.of("n") : List.of()));
      }
      List<ResponseRemissionRow> rates = new ArrayList<>();
      for (ResponseRemissionRow r : d.responseRemission()) {
        boolean n = h.apply(rateId(r, "n"));
        boolean respCount = h.apply(rateId(r, "responders"));
        boolean remCount = h.apply(rateId(r, "remitters"));
        // a rate with n gives the count, a rate with the count gives n: both must be shown
        boolean resp = n || respCount;
        boolean rem = n || remCount;
        List<String> gone = goneFromRates(n, respCount, remCount);
        rates.add(
            new ResponseRemissionRow(
                r.studyId(),
                r.scale(),
                r.courseNumber(),
                r.analysis(),
                n ? null : r.n(),
                respCount ? null : r.responders(),
                resp ? null : r.responseRate(),
                resp ? null : r.responseCiLow(),
                resp ? null : r.responseCiHigh(),
                remCount ? null : r.remitters(),
                rem ? null : r.remissionRate(),
                rem ? null : r.remissionCiLow(),
                rem ? null : r.remissionCiHigh(),
                gone));
      }
      Set<String> hiddenDurability = new HashSet<>();
      Set<String> hiddenTtr = new HashSet<>();
      List<SurvivalSummaryRow> dur =
          survivalRows("durability", d.durabilitySummary(), hidden, hiddenDurability);
      List<SurvivalSummaryRow> ttr =
          survivalRows("time_to_response", d.timeToResponseSummary(), hidden, hiddenTtr);
      Set<String> hiddenTtrem = new HashSet<>();
      List<SurvivalSummaryRow> ttrem =
          survivalRows("time_to_remission", d.timeToRemissionSummary(), hidden, hiddenTtrem);
      List<TrajectoryRow> trajectory = new ArrayList<>();
      for (TrajectoryRow r : d.trajectory()) {
        boolean n = h.apply(trajectoryId(r.studyId(), r.scale(), r.courseNumber(), r.day()));
        trajectory.add(
            n
                ? new TrajectoryRow(
                    r.studyId(),
                    r.scale(),
                    r.courseNumber(),
                    r.day(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("n", "mean_score", "sd_score", "mean_change", "mean_pct_change"))
                : r);
      }
      List<LogRankRow> logRank = new ArrayList<>();
      for (LogRankRow r : d.logRank()) {
        Set<String> groupsHidden = "durability".equals(r.endpoint()) ? hiddenDurability : hiddenTtr;
        boolean hide = false;
        for (String course : r.groups().split(";")) {
          hide |= groupsHidden.contains(id(r.studyId(), r.scale(), course));
        }
        logRank.add(
            hide
                ? new LogRankRow(
                    r.studyId(),
                    r.scale(),
                    r.endpoint(),
                    r.groups(),
                    null,
                    null,
                    null,
                    List.of("chisq", "df", "p_value"))
                : r);
      }
      List<Waterfall> waterfalls = new ArrayList<>();
      for (Waterfall w : d.waterfall()) {
        List<String> gone = new ArrayList<>();
        for (String what : List.of("itt", "evaluable", "responders", "remitters")) {
          if (h.apply(waterfallId(w.scale(), what))) {
            gone.add(what);
          }
        }
        waterfalls.add(
            new Waterfall(
                w.scale(),
                gone.contains("itt") ? null : w.ittCourses(),
                gone.contains("evaluable") ? null : w.evaluable(),
                gone.contains("responders") ? null : w.responders(),
                gone.contains("remitters") ? null : w.remitters(),
                // the blocks give away the number of bars (evaluable) and nothing else
                gone.contains("evaluable") ? List.of() : blocks(w.bars(), k),
                gone.contains("evaluable") ? plus(gone, "bars") : gone));
      }
      RunInfo run = d.run();
      if (run != null) {
        run =
            new RunInfo(
                run.runId(),
                run.toolVersion(),
                run.gitCommit(),
                run.filesRead() == null || h.apply(id("run", "files_read"))
                    ? null
                    : run.filesRead(),
                run.recordsRead() == null || h.apply(id("run", "records_read"))
                    ? null
                    : run.recordsRead(),
                run.recordsRejected() == null || h.apply(id("run", "records_rejected"))
                    ? null
                    : run.recordsRejected(),
                run.studies(),
                run.config(),
                run.scaleDefinitions());
      }
      return new ReportData(
          run,
          d.definitions(),
          d.landmarkDays(),
          rates,
          dur,
          kmRows("durability", d.durabilityKm(), hiddenDurability),
          ttr,
          kmRows("time_to_response", d.timeToResponseKm(), hiddenTtr),
          logRank,
          trajectory,
          quality(d.quality(), hidden),
          flow,
          waterfalls,
          k,
          SafetyCells.rebuild(d.safety(), hidden),
          ttrem,
          kmRows("time_to_remission", d.timeToRemissionKm(), hiddenTtrem),
          subgroupRows(d.subgroups(), hidden),
          agreementRows(d.agreement(), hidden));
    }

    private static List<SubgroupRow> subgroupRows(List<SubgroupRow> rows, Set<String> hidden) {
      // whether each row's response rate is hidden, by row: a difference needs both rates
      Map<String, Boolean> responseHidden = new LinkedHashMap<>();
      for (SubgroupRow r : rows) {
        responseHidden.put(
            subgroupId(r, r.studyId(), r.level(), "response"),
            hidden.contains(subgroupId(r, r.studyId(), r.level(), "n"))
                || hidden.contains(subgroupId(r, r.studyId(), r.level(), "responders")));
      }
      List<SubgroupRow> out = new ArrayList<>();
      for (SubgroupRow r : rows) {
        boolean n = hidden.contains(subgroupId(r, r.studyId(), r.level(), "n"));
        boolean respCount = hidden.contains(subgroupId(r, r.studyId(), r.level(), "responders"));
        boolean remCount = hidden.contains(subgroupId(r, r.studyId(), r.level(), "remitters"));
        boolean resp = n || respCount;
        boolean rem = n || remCount;
        boolean diff =
            resp
                || responseHidden.getOrDefault(
                    subgroupId(r, r.studyId(), r.referenceLevel(), "response"), false);
        List<String> gone = goneFromRates(n, respCount, remCount);
        if (diff) {
          gone.addAll(List.of("response_diff", "response_diff_ci_low", "response_diff_ci_high"));
        }
        out.add(
            gone.isEmpty()
                ? r
                : new SubgroupRow(
                    r.studyId(),
                    r.scale(),
                    r.courseNumber(),
                    r.analysis(),
                    r.factor(),
                    r.level(),
                    n ? null : r.n(),
                    respCount ? null : r.responders(),
                    resp ? null : r.responseRate(),
                    resp ? null : r.responseCiLow(),
                    resp ? null : r.responseCiHigh(),
                    remCount ? null : r.remitters(),
                    rem ? null : r.remissionRate(),
                    rem ? null : r.remissionCiLow(),
                    rem ? null : r.remissionCiHigh(),
                    r.referenceLevel(),
                    diff ? null : r.responseDiff(),
                    diff ? null : r.responseDiffCiLow(),
                    diff ? null : r.responseDiffCiHigh(),
                    gone));
      }
      return out;
    }

    private static List<AgreementRow> agreementRows(List<AgreementRow> rows, Set<String> hidden) {
      List<AgreementRow> out = new ArrayList<>();
      for (AgreementRow r : rows) {
        String study = r.studyId();
        int course = r.courseNumber();
        String endpoint = r.endpoint();
        boolean n = hidden.contains(agreementId(study, course, endpoint, "n"));
        List<String> gone = new ArrayList<>();
        if (n) {
          gone.add("n");
        }
        boolean[] cells = new boolean[AGREEMENT_CELLS.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = hidden.contains(agreementId(study, course, endpoint, AGREEMENT_CELLS.get(i)));
          if (cells[i]) {
            gone.add(AGREEMENT_CELLS.get(i));
          }
        }
        // agreement and kappa are computed from the four cells; each would give a hidden one away
        boolean statistics = n || !gone.isEmpty();
        if (statistics) {
          gone.addAll(List.of("agreement", "kappa", "kappa_se", "kappa_ci_low", "kappa_ci_high"));
        }
        if (n) {
          gone.add("pchg_correlation");
        }
        out.add(
            gone.isEmpty()
                ? r
                : new AgreementRow(
                    study,
                    course,
                    endpoint,
                    n ? null : r.n(),
                    cells[0] ? null : r.both(),
                    cells[1] ? null : r.madrsOnly(),
                    cells[2] ? null : r.phq9Only(),
                    cells[3] ? null : r.neither(),
                    statistics ? null : r.agreement(),
                    statistics ? null : r.kappa(),
                    statistics ? null : r.kappaSe(),
                    statistics ? null : r.kappaCiLow(),
                    statistics ? null : r.kappaCiHigh(),
                    n ? null : r.pchgCorrelation(),
                    gone));
      }
      return out;
    }

    /**
     * The columns a row of counts with rates loses (the rates table, a subgroup): a hidden count,
     * and a rate with its interval where its count or n is hidden (either gives the other back).
     */
    private static List<String> goneFromRates(boolean n, boolean respCount, boolean remCount) {
      List<String> gone = new ArrayList<>();
      if (n) {
        gone.add("n");
      }
      if (respCount) {
        gone.add("responders");
      }
      if (n || respCount) {
        gone.addAll(List.of("response_rate", "response_ci_low", "response_ci_high"));
      }
      if (remCount) {
        gone.add("remitters");
      }
      if (n || remCount) {
        gone.addAll(List.of("remission_rate", "remission_ci_low", "remission_ci_high"));
      }
      return gone;
    }

    /**
     * The bars of a shareable waterfall: consecutive blocks of k courses in sorted order (the last
     * block takes the remainder), each at its mean percent change.
     */
    static List<WaterfallBar> blocks(List<WaterfallBar> bars, int k) {
      List<WaterfallBar> out = new ArrayList<>();
      int blocks = bars.size() / k;
      for (int b = 0; b < blocks; b++) {
        int from = b * k;
        int to = b == blocks - 1 ? bars.size() : from + k;
        double sum = 0;
        for (int i = from; i < to; i++) {
          sum += bars.get(i).pctChange();
        }
        out.add(new WaterfallBar(null, null, sum / (to - from), false, false, to - from));
      }
      return out;
    }

    private List<SurvivalSummaryRow> survivalRows(
        String endpoint, List<SurvivalSummaryRow> rows, Set<String> hidden, Set<String> gone) {
      List<SurvivalSummaryRow> out = new ArrayList<>();
      for (SurvivalSummaryRow r : rows) {
        boolean n = hidden.contains(survivalId(endpoint, r, "n"));
        boolean counts =
            n
                || r.events() == null
                || hidden.contains(survivalId(endpoint, r, "events"))
                || hidden.contains(survivalId(endpoint, r, "censored"));
        if (!counts && r.suppressed().isEmpty()) {
          out.add(r);
          continue;
        }
        // no curve is shown for the group: nothing computed from it either
        gone.add(id(r.studyId(), r.scale(), Integer.toString(r.courseNumber())));
        List<Integer> days = r.landmarks().stream().map(SurvivalSummaryRow.Landmark::day).toList();
        // emptied: every column of the summary table from n (when hidden) or events on
        List<String> header = ReportTables.survivalSummary(List.of(), days).header();
        List<String> cols = header.subList(header.indexOf(n ? "n" : "events"), header.size());
        out.add(
            SurvivalSummaryRow.withoutCurve(
                r.studyId(), r.scale(), r.courseNumber(), n ? null : r.n(), days, cols));
      }
      return out;
    }

    private static List<KmRow> kmRows(String endpoint, List<KmRow> rows, Set<String> gone) {
      List<KmRow> out = new ArrayList<>();
      for (KmRow r : rows) {
        if (!gone.contains(id(r.studyId(), r.scale(), Integer.toString(r.courseNumber())))) {
          out.add(r);
        }
      }
      return out;
    }

    private static QualityReport quality(QualityReport q, Set<String> hidden) {
      if (q == null) {
        return null;
      }
      Map<String, Long> rejects = hideRules(q.rejectsByRule(), "reject", hidden);
      Map<String, Long> warnings = hideRules(q.warningsByRule(), "warning", hidden);
      List<QualityCheck> checks = new ArrayList<>();
      for (QualityCheck c : q.checks()) {
        checks.add(new QualityCheck(c.id(), c.description(), c.status(), null, null, null));
      }
      return new QualityReport(rejects, warnings, checks, null);
    }

    private static Map<String, Long> hideRules(
        Map<String, Long> counts, String kind, Set<String> hidden) {
      if (counts == null) {
        return null;
      }
      Map<String, Long> out = new LinkedHashMap<>();
      counts.forEach((rule, n) -> out.put(rule, hidden.contains(id(kind, rule)) ? null : n));
      return out;
    }
  }
}
