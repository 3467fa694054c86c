package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * A row of {@code population_flow.csv} (docs/decisions.md, "Population flow"): how many courses of
 * one report group reach a step of the flow from courses to OC responders, or - for a row with a
 * {@code reason} - how many left the flow just before that step for that reason.
 *
 * @param step {@code courses}, {@code with_baseline}, {@code itt}, {@code oc_evaluable} or {@code
 *     oc_responders}
 * @param n courses at the step, or excluded for the reason; null only where small-cell suppression
 *     hid it
 * @param reason null for a step row; else {@code no_baseline}, {@code baseline_ambiguous}, {@code
 *     baseline_zero}, {@code no_oc_endpoint} or {@code oc_non_responder}
 * @param suppressed the columns small-cell suppression emptied ({@code n}), else empty
 */
public record PopulationFlowRow(
    String studyId,
    String scale,
    int courseNumber,
    String step,
    Integer n,
    String reason,
    List<String> suppressed)
    implements ReportGroupRow {

  public static final String COURSES = "courses";
  public static final String WITH_BASELINE = "with_baseline";
  public static final String ITT = "itt";
  public static final String OC_EVALUABLE = "oc_evaluable";
  public static final String OC_RESPONDERS = "oc_responders";

  /** The steps in flow order. */
  public static final List<String> STEPS =
      List.of(COURSES, WITH_BASELINE, ITT, OC_EVALUABLE, OC_RESPONDERS);

  public static final String NO_BASELINE = "no_baseline";
  public static final String BASELINE_AMBIGUOUS = "baseline_ambiguous";
  public static final String BASELINE_ZERO = "baseline_zero";
  public static final String NO_OC_ENDPOINT = "no_oc_endpoint";
  public static final String OC_NON_RESPONDER = "oc_non_responder";

  /** The exclusion reasons in flow order, each listed under the step it precedes. */
  public static final List<String> REASONS =
      List.of(NO_BASELINE, BASELINE_AMBIGUOUS, BASELINE_ZERO, NO_OC_ENDPOINT, OC_NON_RESPONDER);

  public PopulationFlowRow {
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }

  /** The step before which courses leave the flow for {@code reason}. */
  public static String stepOf(String reason) {
    return switch (reason) {
      case NO_BASELINE, BASELINE_AMBIGUOUS -> WITH_BASELINE;
      case BASELINE_ZERO -> ITT;
      case NO_OC_ENDPOINT -> OC_EVALUABLE;
      case OC_NON_RESPONDER -> OC_RESPONDERS;
      default -> throw new IllegalArgumentException("unknown flow reason " + reason);
    };
  }
}
