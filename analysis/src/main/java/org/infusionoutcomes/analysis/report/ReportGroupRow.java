package org.infusionoutcomes.analysis.report;

/**
 * A row of a table kept per report group (docs/statistics.md): study ({@code ALL} for the pooled
 * group), scale and course number, the first three columns of its CSV. The row records implement it
 * with their own components, so it adds no column.
 */
public interface ReportGroupRow {
  String studyId();

  String scale();

  int courseNumber();
}
