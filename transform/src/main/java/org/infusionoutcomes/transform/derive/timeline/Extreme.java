package org.infusionoutcomes.transform.derive.timeline;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.Assessment;

/**
 * The first or last record of a candidate set, with every record that cannot be ordered against it.
 *
 * @param chosen the record at the extreme (the last/first tied one in the total order)
 * @param tied every record at the extreme, {@code chosen} included, in the total order
 */
public record Extreme(Assessment chosen, List<Assessment> tied) {
  public Extreme {
    tied = List.copyOf(tied);
  }

  /** True when the tied records do not all carry the same total: the choice would be arbitrary. */
  public boolean conflicting() {
    return tied.stream().anyMatch(a -> !Chronology.sameScore(a.totalScore(), chosen.totalScore()));
  }
}
