package org.infusionoutcomes.analysis.report.html;

import java.util.List;
import org.infusionoutcomes.analysis.report.KmRow;

/**
 * The number at risk of one Kaplan-Meier curve at a given day, from its rows: courses whose time is
 * on or after that day (R's {@code n.risk} in {@code summary(fit, times = day)}). That is the
 * {@code n_risk} of the first row at or after the day; 0 after the last row.
 */
final class AtRisk {
  private AtRisk() {}

  /**
   * @param rows the rows of one curve, sorted by time
   */
  static int at(List<KmRow> rows, double day) {
    for (KmRow r : rows) {
      if (r.timeDays() >= day) {
        return r.nRisk();
      }
    }
    return 0;
  }
}
