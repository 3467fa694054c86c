package org.infusionoutcomes.analysis.report.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attacker for tests: from the shown counts and every sum that ties them, narrows each hidden
 * count to an interval by propagating bounds through the sums until nothing changes, the way one
 * would recover a suppressed cell by hand (a total minus its other parts, a complement, the pooled
 * row minus the other studies). A hidden count whose interval shrinks to one value is recovered. It
 * knows every hidden count is at least 0 and, where {@code knowsSmall}, that a hidden count may be
 * small - it assumes nothing else.
 */
final class DisclosureAuditor {
  private static final long INF = Long.MAX_VALUE / 4;

  private final Map<String, long[]> bounds = new LinkedHashMap<>();
  private final List<List<String>> relations;

  DisclosureAuditor(Map<String, Long> values, Set<String> shown, List<List<String>> relations) {
    values.forEach(
        (id, v) -> bounds.put(id, shown.contains(id) ? new long[] {v, v} : new long[] {0, INF}));
    this.relations = relations;
    propagate();
  }

  private void propagate() {
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ < 10_000) {
      changed = false;
      for (List<String> r : relations) {
        long[] total = bounds.get(r.get(0));
        long lo = 0;
        long hi = 0;
        for (String p : r.subList(1, r.size())) {
          lo = add(lo, bounds.get(p)[0]);
          hi = add(hi, bounds.get(p)[1]);
        }
        changed |= tighten(total, lo, hi);
        for (String p : r.subList(1, r.size())) {
          long othersLo = 0;
          long othersHi = 0;
          for (String q : r.subList(1, r.size())) {
            if (q != p) {
              othersLo = add(othersLo, bounds.get(q)[0]);
              othersHi = add(othersHi, bounds.get(q)[1]);
            }
          }
          long[] b = bounds.get(p);
          long newLo = othersHi >= INF ? 0 : Math.max(0, total[0] - othersHi);
          long newHi = total[1] >= INF ? INF : total[1] - othersLo;
          changed |= tighten(b, newLo, newHi);
        }
      }
    }
  }

  private static long add(long a, long b) {
    return a >= INF || b >= INF ? INF : a + b;
  }

  private static boolean tighten(long[] b, long lo, long hi) {
    boolean changed = false;
    if (lo > b[0]) {
      b[0] = lo;
      changed = true;
    }
    if (hi < b[1]) {
      b[1] = hi;
      changed = true;
    }
    return changed;
  }

  /** The interval the attacker narrows a cell to. */
  long[] bounds(String id) {
    return bounds.get(id).clone();
  }

  /** The hidden cells the attacker pins to one value. */
  List<String> recovered(Set<String> hidden) {
    List<String> out = new ArrayList<>();
    for (String id : hidden) {
      long[] b = bounds.get(id);
      if (b[0] == b[1]) {
        out.add(id);
      }
    }
    return out;
  }
}
