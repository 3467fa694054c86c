package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A copy of a {@link ReportData} with some of its parts replaced, for tests: {@code
 * ReportDataCopy.of(d).safety(t).build()} instead of the nineteen-argument constructor with
 * eighteen {@code d.x()} arguments.
 */
public final class ReportDataCopy {
  private RunInfo run;
  private Definitions definitions;
  private List<Integer> landmarkDays;
  private List<ResponseRemissionRow> responseRemission;
  private List<SurvivalSummaryRow> durabilitySummary;
  private List<KmRow> durabilityKm;
  private List<SurvivalSummaryRow> timeToResponseSummary;
  private List<KmRow> timeToResponseKm;
  private List<LogRankRow> logRank;
  private List<TrajectoryRow> trajectory;
  private QualityReport quality;
  private List<PopulationFlowRow> populationFlow;
  private List<Waterfall> waterfall;
  private Integer minCellSize;
  private SafetyTables safety;
  private List<SurvivalSummaryRow> timeToRemissionSummary;
  private List<KmRow> timeToRemissionKm;
  private List<SubgroupRow> subgroups;
  private List<AgreementRow> agreement;

  private ReportDataCopy(ReportData d) {
    run = d.run();
    definitions = d.definitions();
    landmarkDays = d.landmarkDays();
    responseRemission = d.responseRemission();
    durabilitySummary = d.durabilitySummary();
    durabilityKm = d.durabilityKm();
    timeToResponseSummary = d.timeToResponseSummary();
    timeToResponseKm = d.timeToResponseKm();
    logRank = d.logRank();
    trajectory = d.trajectory();
    quality = d.quality();
    populationFlow = d.populationFlow();
    waterfall = d.waterfall();
    minCellSize = d.minCellSize();
    safety = d.safety();
    timeToRemissionSummary = d.timeToRemissionSummary();
    timeToRemissionKm = d.timeToRemissionKm();
    subgroups = d.subgroups();
    agreement = d.agreement();
  }

  /** A copy of {@code d}; each setter replaces one part. */
  public static ReportDataCopy of(ReportData d) {
    return new ReportDataCopy(d);
  }

  /**
   * Only the run and the definitions of {@code d}: every table empty, no quality report, no minimum
   * cell size.
   */
  public static ReportDataCopy runOnly(ReportData d) {
    List<SurvivalSummaryRow> noSummaries = List.of();
    List<KmRow> noKm = List.of();
    return of(d)
        .landmarkDays(List.of())
        .responseRemission(List.of())
        .durability(noSummaries, noKm)
        .timeToResponse(noSummaries, noKm)
        .timeToRemission(noSummaries, noKm)
        .logRank(List.of())
        .trajectory(List.of())
        .quality(null)
        .flowAndWaterfall(List.of(), List.of())
        .minCellSize(null)
        .safety(SafetyTables.empty())
        .subgroups(List.of())
        .agreement(List.of());
  }

  public ReportDataCopy run(RunInfo value) {
    run = value;
    return this;
  }

  public ReportDataCopy landmarkDays(List<Integer> value) {
    landmarkDays = value;
    return this;
  }

  public ReportDataCopy responseRemission(List<ResponseRemissionRow> value) {
    responseRemission = value;
    return this;
  }

  public ReportDataCopy durability(List<SurvivalSummaryRow> summary, List<KmRow> km) {
    durabilitySummary = summary;
    durabilityKm = km;
    return this;
  }

  public ReportDataCopy timeToResponse(List<SurvivalSummaryRow> summary, List<KmRow> km) {
    timeToResponseSummary = summary;
    timeToResponseKm = km;
    return this;
  }

  public ReportDataCopy timeToRemission(List<SurvivalSummaryRow> summary, List<KmRow> km) {
    timeToRemissionSummary = summary;
    timeToRemissionKm = km;
    return this;
  }

  public ReportDataCopy logRank(List<LogRankRow> value) {
    logRank = value;
    return this;
  }

  public ReportDataCopy trajectory(List<TrajectoryRow> value) {
    trajectory = value;
    return this;
  }

  public ReportDataCopy quality(QualityReport value) {
    quality = value;
    return this;
  }

  public ReportDataCopy flowAndWaterfall(List<PopulationFlowRow> flow, List<Waterfall> bars) {
    populationFlow = flow;
    waterfall = bars;
    return this;
  }

  public ReportDataCopy minCellSize(Integer value) {
    minCellSize = value;
    return this;
  }

  public ReportDataCopy safety(SafetyTables value) {
    safety = value;
    return this;
  }

  public ReportDataCopy subgroups(List<SubgroupRow> value) {
    subgroups = value;
    return this;
  }

  public ReportDataCopy agreement(List<AgreementRow> value) {
    agreement = value;
    return this;
  }

  public ReportData build() {
    return new ReportData(
        run,
        definitions,
        landmarkDays,
        responseRemission,
        durabilitySummary,
        durabilityKm,
        timeToResponseSummary,
        timeToResponseKm,
        logRank,
        trajectory,
        quality,
        populationFlow,
        waterfall,
        minCellSize,
        safety,
        timeToRemissionSummary,
        timeToRemissionKm,
        subgroups,
        agreement);
  }
}
