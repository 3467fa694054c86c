package org.infusionoutcomes.transform.derive.baseline;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;

/**
 * The baseline of one course x scale.
 *
 * @param record the baseline assessment; null when there is none or it is ambiguous
 * @param candidates the assessments at the latest day and time of the baseline window ({@code
 *     record} included when set); empty when the window holds no assessment
 */
public record Baseline(Assessment record, List<Assessment> candidates) {
  public Baseline {
    candidates = List.copyOf(candidates);
  }

  /** No assessment in the window. */
  public static Baseline none() {
    return new Baseline(null, List.of());
  }

  /** Why the course is not evaluable, or null when it is in the ITT population. */
  public NotEvaluableReason notEvaluableReason() {
    if (record == null) {
      return candidates.isEmpty()
          ? NotEvaluableReason.NO_BASELINE
          : NotEvaluableReason.BASELINE_AMBIGUOUS;
    }
    return record.totalScore() > 0 ? null : NotEvaluableReason.BASELINE_ZERO;
  }

  /** ITT: a baseline total above 0. */
  public boolean itt() {
    return notEvaluableReason() == null;
  }

  /** The baseline total (BASE), or null when there is no unambiguous baseline. */
  public Double value() {
    return record == null ? null : record.totalScore();
  }

  /** Whether {@code a} is this baseline record (identity). */
  public boolean isRecord(Assessment a) {
    return record != null && record == a;
  }

  /** Whether {@code a} is a candidate that was not selected (identity). */
  public boolean isUnselectedCandidate(Assessment a) {
    return record != a && candidates.stream().anyMatch(c -> c == a);
  }
}
