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

  /**
   * Orders the rows of a report-group table: study ({@link #STUDY}), scale, course number. Rows of
   * one group keep their order unless the caller adds a further key.
   *
   * @param <R> the row type
   */
  public static <R extends ReportGroupRow> Comparator<R> group() {
    return Comparator.<R, String>comparing(ReportGroupRow::studyId, STUDY)
        .thenComparing(ReportGroupRow::scale)
        .thenComparingInt(ReportGroupRow::courseNumber);
  }
}
