package org.infusionoutcomes.ingest.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.infusionoutcomes.ingest.reject.Reject;

/**
 * Counts findings the way the ingest summary needs them, in memory: per input file the distinct
 * rejected lines and the refusal, per rule the rejects and the warnings. {@code validate} counts
 * with it; the Spark job computes the same maps with aggregations.
 */
public final class RejectTally {
  private final Map<Integer, Set<Long>> lines = new HashMap<>();
  private final Map<Integer, String> refusals = new TreeMap<>();
  private final Map<String, Long> rejectsByRule = new TreeMap<>();
  private final Map<String, Long> warningsByRule = new TreeMap<>();

  /** Counts one finding. */
  public void add(Reject r) {
    if (r.rule().isWarning()) {
      warningsByRule.merge(r.rule().id(), 1L, Long::sum);
      return;
    }
    rejectsByRule.merge(r.rule().id(), 1L, Long::sum);
    int file = r.origin().fileOrder();
    if (r.rule().isFileLevel()) {
      refusals.merge(file, r.reason(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    } else {
      lines.computeIfAbsent(file, k -> new HashSet<>()).add(r.origin().line());
    }
  }

  /** Distinct rejected lines per file order. */
  public Map<Integer, Long> rejectedLines() {
    Map<Integer, Long> out = new TreeMap<>();
    lines.forEach((file, l) -> out.put(file, (long) l.size()));
    return out;
  }

  /** The first refusal reason per file order. */
  public Map<Integer, String> refusals() {
    return refusals;
  }

  /** Rejects per rule id. */
  public Map<String, Long> rejectsByRule() {
    return rejectsByRule;
  }

  /** Warnings per rule id. */
  public Map<String, Long> warningsByRule() {
    return warningsByRule;
  }
}
