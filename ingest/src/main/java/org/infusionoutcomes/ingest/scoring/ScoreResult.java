package org.infusionoutcomes.ingest.scoring;

import java.util.List;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.ScoreObservation;

/** The outcome of scoring one assessment: a total, or the rule that rejects the assessment. */
public sealed interface ScoreResult {

  /**
   * A scored assessment.
   *
   * @param items item values 1..N, null where missing
   * @param itemsAnswered non-missing items
   * @param total the total used downstream
   * @param totalSource {@code items}, {@code prorated} or {@code reported}
   * @param reportedTotal the reported total, or null
   * @param reportedTotalMismatch true when all items are present and their sum differs from the
   *     reported total (a warning, not a reject)
   * @param safetyFlag the scale's safety flag, null when the scale has none or its item is missing
   * @param severity severity band label, or null
   */
  record Scored(
      List<Integer> items,
      int itemsAnswered,
      double total,
      String totalSource,
      Double reportedTotal,
      boolean reportedTotalMismatch,
      Boolean safetyFlag,
      String severity)
      implements ScoreResult {}

  /**
   * A rejected assessment.
   *
   * @param rule the broken rule
   * @param reason the offending value and what the scale allows
   * @param offending the observation holding the offending value, or null when the assessment as a
   *     whole is at fault (too many missing items)
   */
  record Rejected(RejectRule rule, String reason, ScoreObservation offending)
      implements ScoreResult {}
}
