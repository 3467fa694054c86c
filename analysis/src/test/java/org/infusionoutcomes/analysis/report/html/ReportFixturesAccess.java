package org.infusionoutcomes.analysis.report.html;

import org.infusionoutcomes.analysis.report.ReportData;

/** The report fixtures for tests outside this package. */
public final class ReportFixturesAccess {
  private ReportFixturesAccess() {}

  public static ReportData withFlowAndWaterfall() {
    return ReportFixtures.withFlowAndWaterfall();
  }
}
