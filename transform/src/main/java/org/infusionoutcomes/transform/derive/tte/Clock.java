package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.transform.derive.criteria.DecimalText;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;

/**
 * Where a time-to-event observation starts and how its deciding assessments are described.
 *
 * @param origin day on the analysis axis where time starts
 * @param originName the origin in {@code event_description}, e.g. {@code last infusion}
 * @param criteria the criteria, whose scale names the scores
 */
record Clock(int origin, String originName, OutcomeCriteria criteria) {

  /**
   * How a deciding assessment is described in {@code event_description}, e.g. {@code MADRS 24 on
   * day 14 after last infusion}.
   */
  String scoreOn(Assessment a) {
    return criteria.scale()
        + " "
        + DecimalText.plain(a.totalScore())
        + " on day "
        + (a.day() - origin)
        + " after "
        + originName;
  }

  /**
   * An observation decided by assessment {@code a}, described as {@code prefix}, the score ({@link
   * #scoreOn}) and {@code suffix}.
   */
  TimeToEvent decidedBy(Assessment a, int cnsr, String prefix, String suffix) {
    return new TimeToEvent(
        origin, a.day(), cnsr, prefix + scoreOn(a) + suffix, a.totalScore(), SourceRef.of(a));
  }

  /** Censored at the last of {@code assessments} (time order, not empty), after {@code prefix}. */
  TimeToEvent censoredAtLast(List<Assessment> assessments, String prefix) {
    return decidedBy(assessments.get(assessments.size() - 1), TimeToEvent.CENSORED, prefix, "");
  }
}
