package org.infusionoutcomes.analysis.report;

import java.util.Comparator;

/** The row order of every report table: studies alphabetically, the pooled {@code ALL} last. */
public final class ReportOrder {
  /** The study id of the pooled rows. */
  public static final String ALL = "ALL";

  private ReportOrder() {}

  /** Orders study ids with {@code ALL} last. */
  public static final Comparator<String> STUDY =
      Comparator.comparing((String s) -> ALL.equals(s) ? 1 : 0)
          .thenComparing(Comparator.naturalOrder());
}
