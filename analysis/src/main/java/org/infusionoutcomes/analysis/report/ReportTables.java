package org.infusionoutcomes.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of each report CSV, with the names analysts and scripts rely on (docs/statistics.md),
 * and the cells of each row. One place decides both, so a header and its rows can never disagree.
 */
public final class ReportTables {
  public static final String RESPONSE_REMISSION = "response_remission.csv";
  public static final String DURABILITY_SUMMARY = "durability_summary.csv";
  public static final String DURABILITY_KM = "durability_km.csv";
  public static final String TIME_TO_RESPONSE_SUMMARY = "time_to_response_summary.csv";
  public static final String LOGRANK = "logrank.csv";
  public static final String TRAJECTORY = "trajectory.csv";
  public static final String VITAL_SIGNS = "vital_signs.csv";
  public static final String VITAL_SIGNS_TIMECOURSE = "vital_signs_timecourse.csv";
  public static final String DISSOCIATION = "dissociation.csv";
  public static final String ADVERSE_EVENTS = "adverse_events.csv";
  public static final String SUICIDALITY = "suicidality.csv";
  public static final String SUICIDALITY_SUMMARY = "suicidality_summary.csv";
  public static final String POPULATION_FLOW = "population_flow.csv";
  public static final String TIME_TO_REMISSION_SUMMARY = "time_to_remission_summary.csv";
  public static final String SUBGROUPS = "subgroups.csv";
  public static final String AGREEMENT = "agreement.csv";

  /**
   * The column small-cell suppression adds to every CSV (docs/report.md, "Sharing a report outside
   * the team").
   */
  public static final String SUPPRESSED = "suppressed";

  private ReportTables() {}

  /** A table as text cells: the header, then one array per row. */
  public record Table(List<String> header, List<List<String>> rows) {

    /**
     * This table with the {@code suppressed} column (docs/report.md, "Sharing a report outside the
     * team"): {@code true} where anything in the row was suppressed.
     *
     * @param suppressed one flag per row, in row order
     */
    public Table withSuppressedColumn(List<Boolean> suppressed) {
      if (suppressed.size() != rows.size()) {
        throw new IllegalArgumentException(
            suppressed.size() + " suppressed flags for " + rows.size() + " rows");
      }
      List<String> h = new ArrayList<>(header);
      h.add(SUPPRESSED);
      List<List<String>> r = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = new ArrayList<>(rows.get(i));
        row.add(Boolean.toString(suppressed.get(i)));
        r.add(List.copyOf(row));
      }
      return new Table(List.copyOf(h), r);
    }
  }

  /**
   * The columns of one table, in order: each column's name and how a row writes its cell. A table
   * names each column once, so its header and its rows cannot disagree.
   *
   * @param <R> the row type
   */
  static final class Columns<R> {
    private final List<String> names = new ArrayList<>();
    private final List<Function<R, String>> cells = new ArrayList<>();

    /** A column whose cells {@code cell} writes. */
    Columns<R> add(String name, Function<R, String> cell) {
      names.add(name);
      cells.add(cell);
      return this;
    }

    /**
     * Columns starting with {@code study_id}, {@code scale} and {@code course_number}, the report
     * group of a {@link ReportGroupRow}.
     */
    static <R extends ReportGroupRow> Columns<R> byGroup() {
      return new Columns<R>()
          .text("study_id", ReportGroupRow::studyId)
          .text("scale", ReportGroupRow::scale)
          .integer("course_number", ReportGroupRow::courseNumber);
    }

    /** A text column ({@link CsvCells#text}). */
    Columns<R> text(String name, Function<R, String> value) {
      return add(name, r -> CsvCells.text(value.apply(r)));
    }

    /** A whole-number column ({@link CsvCells#integer(Integer)}); null is empty. */
    Columns<R> integer(String name, Function<R, Integer> value) {
      return add(name, r -> CsvCells.integer(value.apply(r)));
    }

    /** A number column ({@link CsvCells#number}). */
    Columns<R> number(String name, Function<R, Double> value) {
      return add(name, r -> CsvCells.number(value.apply(r)));
    }

    /**
     * A proportion with its 95% interval: the count column {@code countName}, then {@code
     * <prefix>_rate}, {@code <prefix>_ci_low} and {@code <prefix>_ci_high}.
     */
    Columns<R> proportion(
        String countName,
        String prefix,
        Function<R, Integer> count,
        Function<R, Double> rate,
        Function<R, Double> ciLow,
        Function<R, Double> ciHigh) {
      return integer(countName, count)
          .number(prefix + "_rate", rate)
          .number(prefix + "_ci_low", ciLow)
          .number(prefix + "_ci_high", ciHigh);
    }

    /** The table of {@code rows} under these columns. */
    Table table(List<R> rows) {
      List<List<String>> out = new ArrayList<>();
      for (R r : rows) {
        List<String> row = new ArrayList<>(cells.size());
        for (Function<R, String> cell : cells) {
          row.add(cell.apply(r));
        }
        out.add(List.copyOf(row));
      }
      return new Table(List.copyOf(names), out);
    }
  }

  /** {@code population_flow.csv} (docs/decisions.md, "Population flow"). */
  public static Table populationFlow(List<PopulationFlowRow> rows) {
    return Columns.<PopulationFlowRow>byGroup()
        .text("step", PopulationFlowRow::step)
        .integer("n", PopulationFlowRow::n)
        .text("reason", PopulationFlowRow::reason)
        .table(rows);
  }

  public static Table responseRemission(List<ResponseRemissionRow> rows) {
    return Columns.<ResponseRemissionRow>byGroup()
        .text("analysis", ResponseRemissionRow::analysis)
        .integer("n", ResponseRemissionRow::n)
        .proportion(
            "responders",
            "response",
            ResponseRemissionRow::responders,
            ResponseRemissionRow::responseRate,
            ResponseRemissionRow::responseCiLow,
            ResponseRemissionRow::responseCiHigh)
        .proportion(
            "remitters",
            "remission",
            ResponseRemissionRow::remitters,
            ResponseRemissionRow::remissionRate,
            ResponseRemissionRow::remissionCiLow,
            ResponseRemissionRow::remissionCiHigh)
        .table(rows);
  }

  /** Durability or time-to-response summary; landmark columns follow the configured days. */
  public static Table survivalSummary(List<SurvivalSummaryRow> rows, List<Integer> landmarkDays) {
    Columns<SurvivalSummaryRow> columns =
        Columns.<SurvivalSummaryRow>byGroup()
            .integer("n", SurvivalSummaryRow::n)
            .integer("events", SurvivalSummaryRow::events)
            .integer("censored", SurvivalSummaryRow::censored)
            .number("median_days", SurvivalSummaryRow::medianDays)
            .number("median_ci_low", SurvivalSummaryRow::medianCiLow)
            .number("median_ci_high", SurvivalSummaryRow::medianCiHigh)
            .number("q1_days", SurvivalSummaryRow::q1Days)
            .number("q3_days", SurvivalSummaryRow::q3Days);
    for (int i = 0; i < landmarkDays.size(); i++) {
      int at = i;
      String s = "s_d" + landmarkDays.get(i);
      columns
          .number(s, r -> r.landmarks().get(at).survival())
          .number(s + "_ci_low", r -> r.landmarks().get(at).ciLow())
          .number(s + "_ci_high", r -> r.landmarks().get(at).ciHigh());
    }
    return columns
        .number("median_followup_days", SurvivalSummaryRow::medianFollowupDays)
        .table(rows);
  }

  public static Table km(List<KmRow> rows) {
    return Columns.<KmRow>byGroup()
        .number("time_days", KmRow::timeDays)
        .integer("n_risk", KmRow::nRisk)
        .integer("n_event", KmRow::nEvent)
        .integer("n_censor", KmRow::nCensor)
        .number("survival", KmRow::survival)
        .number("std_err", KmRow::stdErr)
        .number("ci_low", KmRow::ciLow)
        .number("ci_high", KmRow::ciHigh)
        .table(rows);
  }

  public static Table logRank(List<LogRankRow> rows) {
    return new Columns<LogRankRow>()
        .text("study_id", LogRankRow::studyId)
        .text("scale", LogRankRow::scale)
        .text("endpoint", LogRankRow::endpoint)
        .text("groups", LogRankRow::groups)
        .number("chisq", LogRankRow::chisq)
        .integer("df", LogRankRow::df)
        .number("p_value", LogRankRow::pValue)
        .table(rows);
  }

  public static Table trajectory(List<TrajectoryRow> rows) {
    return Columns.<TrajectoryRow>byGroup()
        .integer("day", TrajectoryRow::day)
        .integer("n", TrajectoryRow::n)
        .number("mean_score", TrajectoryRow::meanScore)
        .number("sd_score", TrajectoryRow::sdScore)
        .number("mean_change", TrajectoryRow::meanChange)
        .number("mean_pct_change", TrajectoryRow::meanPctChange)
        .table(rows);
  }

  public static Table vitalSigns(List<VitalSignsRow> rows) {
    return new Columns<VitalSignsRow>()
        .text("study_id", VitalSignsRow::studyId)
        .text("test", VitalSignsRow::test)
        .integer("course_number", VitalSignsRow::courseNumber)
        .text("infusion_number", VitalSignsRow::infusionNumber)
        .integer("n_infusions", VitalSignsRow::nInfusions)
        .integer("n_subjects", VitalSignsRow::nSubjects)
        .number("mean_pre", VitalSignsRow::meanPre)
        .number("mean_peak", VitalSignsRow::meanPeak)
        .number("mean_change", VitalSignsRow::meanChange)
        .number("sd_change", VitalSignsRow::sdChange)
        .number("max_peak", VitalSignsRow::maxPeak)
        .number("mean_time_to_peak", VitalSignsRow::meanTimeToPeak)
        .proportion(
            "exceeded_n",
            "exceeded",
            VitalSignsRow::exceededN,
            VitalSignsRow::exceededRate,
            VitalSignsRow::exceededCiLow,
            VitalSignsRow::exceededCiHigh)
        .table(rows);
  }

  public static Table vitalSignsTimecourse(List<VitalSignsTimecourseRow> rows) {
    return new Columns<VitalSignsTimecourseRow>()
        .text("study_id", VitalSignsTimecourseRow::studyId)
        .text("test", VitalSignsTimecourseRow::test)
        .integer("minutes", VitalSignsTimecourseRow::minutes)
        .integer("n", VitalSignsTimecourseRow::n)
        .number("mean", VitalSignsTimecourseRow::mean)
        .number("sd", VitalSignsTimecourseRow::sd)
        .table(rows);
  }

  public static Table dissociation(List<DissociationRow> rows) {
    return new Columns<DissociationRow>()
        .text("study_id", DissociationRow::studyId)
        .integer("course_number", DissociationRow::courseNumber)
        .text("infusion_number", DissociationRow::infusionNumber)
        .integer("n", DissociationRow::n)
        .number("mean_peak", DissociationRow::meanPeak)
        .number("sd_peak", DissociationRow::sdPeak)
        .number("median_peak", DissociationRow::medianPeak)
        .number("max_peak", DissociationRow::maxPeak)
        .number("mean_change", DissociationRow::meanChange)
        .table(rows);
  }

  public static Table adverseEvents(List<AdverseEventRow> rows) {
    return new Columns<AdverseEventRow>()
        .text("study_id", AdverseEventRow::studyId)
        .integer("course_number", AdverseEventRow::courseNumber)
        .text("body_system", AdverseEventRow::bodySystem)
        .text("preferred_term", AdverseEventRow::preferredTerm)
        .integer("n_subjects", AdverseEventRow::nSubjects)
        .integer("n_events", AdverseEventRow::nEvents)
        .integer("n_treated", AdverseEventRow::nTreated)
        .number("pct", AdverseEventRow::pct)
        .number("ci_low", AdverseEventRow::ciLow)
        .number("ci_high", AdverseEventRow::ciHigh)
        .table(rows);
  }

  public static Table suicidality(List<SuicidalityShiftRow> rows) {
    return Columns.<SuicidalityShiftRow>byGroup()
        .text("baseline_category", SuicidalityShiftRow::baselineCategory)
        .text("worst_category", SuicidalityShiftRow::worstCategory)
        .integer("n", SuicidalityShiftRow::n)
        .table(rows);
  }

  public static Table suicidalitySummary(List<SuicidalitySummaryRow> rows) {
    return Columns.<SuicidalitySummaryRow>byGroup()
        .integer("n", SuicidalitySummaryRow::n)
        .proportion(
            "worsened",
            "worsened",
            SuicidalitySummaryRow::worsened,
            SuicidalitySummaryRow::worsenedRate,
            SuicidalitySummaryRow::worsenedCiLow,
            SuicidalitySummaryRow::worsenedCiHigh)
        .proportion(
            "emergent",
            "emergent",
            SuicidalitySummaryRow::emergent,
            SuicidalitySummaryRow::emergentRate,
            SuicidalitySummaryRow::emergentCiLow,
            SuicidalitySummaryRow::emergentCiHigh)
        .proportion(
            "resolved",
            "resolved",
            SuicidalitySummaryRow::resolved,
            SuicidalitySummaryRow::resolvedRate,
            SuicidalitySummaryRow::resolvedCiLow,
            SuicidalitySummaryRow::resolvedCiHigh)
        .table(rows);
  }

  /** Response and remission by course factor level (descriptive, unadjusted). */
  public static Table subgroups(List<SubgroupRow> rows) {
    return Columns.<SubgroupRow>byGroup()
        .text("analysis", SubgroupRow::analysis)
        .text("factor", SubgroupRow::factor)
        .text("level", SubgroupRow::level)
        .integer("n", SubgroupRow::n)
        .proportion(
            "responders",
            "response",
            SubgroupRow::responders,
            SubgroupRow::responseRate,
            SubgroupRow::responseCiLow,
            SubgroupRow::responseCiHigh)
        .proportion(
            "remitters",
            "remission",
            SubgroupRow::remitters,
            SubgroupRow::remissionRate,
            SubgroupRow::remissionCiLow,
            SubgroupRow::remissionCiHigh)
        .text("reference_level", SubgroupRow::referenceLevel)
        .number("response_diff", SubgroupRow::responseDiff)
        .number("response_diff_ci_low", SubgroupRow::responseDiffCiLow)
        .number("response_diff_ci_high", SubgroupRow::responseDiffCiHigh)
        .table(rows);
  }

  /** MADRS against PHQ-9 classification of the same courses. */
  public static Table agreement(List<AgreementRow> rows) {
    return new Columns<AgreementRow>()
        .text("study_id", AgreementRow::studyId)
        .integer("course_number", AgreementRow::courseNumber)
        .text("endpoint", AgreementRow::endpoint)
        .integer("n", AgreementRow::n)
        .integer("both", AgreementRow::both)
        .integer("madrs_only", AgreementRow::madrsOnly)
        .integer("phq9_only", AgreementRow::phq9Only)
        .integer("neither", AgreementRow::neither)
        .number("agreement", AgreementRow::agreement)
        .number("kappa", AgreementRow::kappa)
        .number("kappa_se", AgreementRow::kappaSe)
        .number("kappa_ci_low", AgreementRow::kappaCiLow)
        .number("kappa_ci_high", AgreementRow::kappaCiHigh)
        .number("pchg_correlation", AgreementRow::pchgCorrelation)
        .table(rows);
  }
}
