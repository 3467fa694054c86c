package org.infusionoutcomes.analysis.report;

/**
 * One check of {@code quality.json}.
 *
 * @param id stable id of the check
 * @param description what is checked, in words an analyst reads
 * @param status {@code PASS}, {@code PASS_WITH_VIOLATIONS}, {@code FAIL}, {@code ERROR} or {@code
 *     NOT_APPLICABLE} (an empty denominator is never PASS)
 * @param violations how many units break the rule
 * @param denominator how many units were checked
 * @param detail a sentence with the numbers and, where it applies, the threshold
 *     <p>With small-cell suppression (docs/report.md, "Sharing a report outside the team") the
 *     counts and the detail are null: a check's counts pool report groups and could reveal a
 *     suppressed cell by difference.
 */
public record QualityCheck(
    String id,
    String description,
    String status,
    Long violations,
    Long denominator,
    String detail) {
  /** A check with its counts. */
  public QualityCheck(
      String id,
      String description,
      String status,
      long violations,
      long denominator,
      String detail) {
    this(id, description, status, (Long) violations, (Long) denominator, detail);
  }

  public static final String PASS = "PASS";
  public static final String PASS_WITH_VIOLATIONS = "PASS_WITH_VIOLATIONS";
  public static final String FAIL = "FAIL";
  public static final String ERROR = "ERROR";
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
}
