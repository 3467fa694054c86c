package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * The waterfall of one scale (docs/decisions.md, "Waterfall"): the OC endpoint percent change of
 * every ITT course with an OC endpoint, all studies and course numbers together, sorted from the
 * largest increase to the largest decrease.
 *
 * @param ittCourses ITT courses of the scale
 * @param evaluable ITT courses with an OC endpoint (the bars)
 * @param responders bars that meet response
 * @param remitters bars that meet remission
 * @param bars the bars, sorted; empty when suppressed
 * @param suppressed the fields small-cell suppression emptied (docs/report.md, "Sharing a report
 *     outside the team"); {@code bars} when the number of bars (evaluable) is hidden and so no bar
 *     is shown
 */
public record Waterfall(
    String scale,
    Integer ittCourses,
    Integer evaluable,
    Integer responders,
    Integer remitters,
    List<WaterfallBar> bars,
    List<String> suppressed) {

  public Waterfall {
    bars = bars == null ? List.of() : List.copyOf(bars);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
  }
}
