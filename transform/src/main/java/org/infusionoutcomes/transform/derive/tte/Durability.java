package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.transform.derive.criteria.OutcomeCriteria;
import org.infusionoutcomes.transform.settings.RelapseRule;

/**
 * Durability of response (docs/definitions.md, "Durability", "Course") for an OC responder, under
 * one relapse rule. Origin {@code t0} is the course's last infusion day.
 *
 * <ol>
 *   <li>Relapse is looked for only among follow-up assessments (after the OC endpoint, before the
 *       next course): the first run of {@code relapse_confirmations} consecutive qualifying
 *       assessments; the event day is the first of the run.
 *   <li>Otherwise, if a next course exists, it started before any relapse: censored at its first
 *       infusion day, or an event there when {@code retreatment_is_relapse} is true.
 *   <li>Otherwise censored at the last follow-up assessment, or at the OC endpoint without
 *       follow-up.
 * </ol>
 */
public final class Durability {
  private Durability() {}

  /**
   * @param t0 the course's last infusion day
   * @param base the baseline total, above 0
   * @param ocEndpoint the OC endpoint assessment (a response)
   * @param followUp follow-up assessments in time order
   * @param nextCourseFirstInfusion first infusion of the next course, or null
   * @param rule the relapse rule
   * @param retreatmentIsRelapse config {@code retreatment_is_relapse}
   */
  public static TimeToEvent derive(
      int t0,
      double base,
      Assessment ocEndpoint,
      List<Assessment> followUp,
      Infusion nextCourseFirstInfusion,
      RelapseRule rule,
      boolean retreatmentIsRelapse,
      OutcomeCriteria criteria) {
    int confirmations = criteria.relapseConfirmations();
    int i =
        EventSearch.firstConfirmed(
            followUp, a -> criteria.meetsRelapse(rule, base, a.totalScore()), confirmations);
    Clock clock = new Clock(t0, "last infusion", criteria);
    if (i >= 0) {
      String confirmed =
          confirmations == 1 ? "" : ", confirmed by " + confirmations + " consecutive assessments";
      return clock.decidedBy(
          followUp.get(i), TimeToEvent.EVENT, "relapse (" + rule.label() + "): ", confirmed);
    }
    if (nextCourseFirstInfusion != null) {
      int day = nextCourseFirstInfusion.day();
      String when = " on day " + (day - t0) + " after last infusion";
      return new TimeToEvent(
          t0,
          day,
          retreatmentIsRelapse ? TimeToEvent.EVENT : TimeToEvent.CENSORED,
          (retreatmentIsRelapse
                  ? "event: next course started (retreatment_is_relapse)"
                  : "censored: next course started")
              + when,
          null,
          SourceRef.of(nextCourseFirstInfusion));
    }
    if (!followUp.isEmpty()) {
      return clock.censoredAtLast(followUp, "censored: last follow-up assessment, ");
    }
    return clock.decidedBy(
        ocEndpoint, TimeToEvent.CENSORED, "censored: no follow-up, endpoint assessment ", "");
  }
}
