package org.infusionoutcomes.analysis.report.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Primary and complementary small-cell suppression over a set of counts tied by additive relations
 * (docs/report.md, "Sharing a report outside the team"). A <em>cell</em> is a count under a stable
 * id; a <em>shown</em> cell is printed somewhere in the report, a <em>derived</em> cell is not
 * printed but follows from printed ones (the non-responders {@code n - responders} of a row). A
 * <em>relation</em> says that a total is the sum of its parts: a row's n and its two complementary
 * counts, the pooled {@code ALL} row and its studies, a flow step and the step after it plus the
 * courses that left.
 *
 * <p>Rules, applied until nothing changes:
 *
 * <ol>
 *   <li>Primary: a count c with 0 &lt; c &lt; k is sensitive and hidden, and so is every cell
 *       {@link #hideWithRow hidden with its row} (a row whose n is below k).
 *   <li>Complementary: in each relation with a hidden printed cell, the hidden cells must be at
 *       least two, and where one of them is sensitive they must add up to at least k; otherwise the
 *       smallest shown cell of the relation (a non-zero one first) is hidden too. A relation with a
 *       single hidden cell would give it away by subtraction - also a cell hidden only to protect
 *       another, which would then unravel; hidden cells adding up to less than k would narrow each
 *       down to a small count.
 *   <li>Audit: the sums taken together can still pin a hidden count down where each sum alone does
 *       not (a total minus a part bounded by another table's total, and so on). The solver then
 *       plays the attacker: it narrows every hidden and derived count to an interval by propagating
 *       bounds (at least 0) through every sum until nothing changes, and where a sensitive count (1
 *       to k - 1, or a non-zero count of a row below k) ends up at a single value it hides one more
 *       printed cell next to it - in a sum with the count, else one sum further, a preferred one
 *       first, else the smallest non-zero one - and runs the rules again, until no sensitive count
 *       is pinned down.
 * </ol>
 *
 * Derived cells count as hidden (they are never printed) but only a sensitive one needs protecting.
 * Pure Java; deterministic (cells and relations are visited in insertion order).
 */
public final class CellSuppression {
  private final int k;
  private final Map<String, Long> values = new LinkedHashMap<>();
  private final Set<String> derived = new HashSet<>();
  private final Set<String> withRow = new HashSet<>();
  private final Set<String> preferred = new HashSet<>();
  private final Set<String> settledHidden = new HashSet<>();
  private final Set<String> settledShown = new HashSet<>();
  private final List<List<String>> relations = new ArrayList<>();

  /**
   * @param k the threshold ({@code min_cell_size}): counts 1 to k - 1 are hidden
   */
  public CellSuppression(int k) {
    if (k < 2) {
      throw new IllegalArgumentException("min_cell_size must be at least 2, found " + k);
    }
    this.k = k;
  }

  /** Adds a printed count; a second call with the same id must give the same value. */
  public String shown(String id, long value) {
    put(id, value);
    return id;
  }

  /** Adds a count that is not printed but follows from printed ones. */
  public String derived(String id, long value) {
    put(id, value);
    derived.add(id);
    return id;
  }

  private void put(String id, long value) {
    Long before = values.putIfAbsent(id, value);
    if (before != null && before != value) {
      throw new IllegalArgumentException(
          "cell " + id + " given two values: " + before + " and " + value);
    }
  }

  /** Hides a cell whatever its value, because its row is hidden (the row's n is below k). */
  public void hideWithRow(String id) {
    requireKnown(id);
    withRow.add(id);
  }

  /**
   * Marks a cell as the first choice when a complement must be hidden: a count printed once, in a
   * note, whose loss costs the reader less than a table cell's (and does not cascade into other
   * sums as a pooled row would).
   */
  public void preferAsComplement(String id) {
    requireKnown(id);
    preferred.add(id);
  }

  /**
   * Marks a printed cell as decided hidden by an earlier solution this one extends: hidden from the
   * start, protected like any hidden printed cell (its sums need a second hidden cell), but not
   * sensitive unless its value is.
   */
  public void settledHidden(String id) {
    requireKnown(id);
    settledHidden.add(id);
  }

  /**
   * Marks a printed cell as decided shown by an earlier solution this one extends: never hidden as
   * a complement; the cells added since must protect themselves.
   */
  public void settledShown(String id) {
    requireKnown(id);
    settledShown.add(id);
  }

  /** {@code total = sum(parts)}; every id must be a known cell and the sum must hold. */
  public void relation(String total, List<String> parts) {
    requireKnown(total);
    long sum = 0;
    for (String p : parts) {
      requireKnown(p);
      sum += values.get(p);
    }
    if (sum != values.get(total)) {
      throw new IllegalArgumentException(
          "relation does not hold: " + total + " = " + values.get(total) + ", parts add to " + sum);
    }
    List<String> cells = new ArrayList<>();
    cells.add(total);
    cells.addAll(parts);
    relations.add(List.copyOf(cells));
  }

  /** {@code a = b}: two cells that print the same count (the same courses counted twice). */
  public void same(String a, String b) {
    relation(a, List.of(b));
  }

  public boolean has(String id) {
    return values.containsKey(id);
  }

  private void requireKnown(String id) {
    if (!values.containsKey(id)) {
      throw new IllegalArgumentException("unknown cell " + id);
    }
  }

  private boolean sensitive(String id) {
    long v = values.get(id);
    return (v > 0 && v < k) || withRow.contains(id);
  }

  /**
   * Runs the rules.
   *
   * @return the ids of the printed cells to hide
   */
  public Set<String> solve() {
    Set<String> forced = new HashSet<>();
    Map<String, List<Integer>> relationsOf = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      for (String id : relations.get(i)) {
        relationsOf.computeIfAbsent(id, x -> new ArrayList<>()).add(i);
      }
    }
    while (true) {
      Set<String> hidden = solveLocally(forced, relationsOf);
      Map<String, long[]> bounds = bounds(hidden, relationsOf);
      boolean more = false;
      for (String id : values.keySet()) {
        long v = values.get(id);
        long[] b = bounds.get(id);
        boolean protect = (v > 0 && v < k) || (withRow.contains(id) && v > 0);
        if (protect && b[0] == b[1]) {
          String next = nextTo(id, hidden, forced, relationsOf);
          if (next != null) {
            forced.add(next);
            hidden.add(next);
            more = true;
          }
        }
      }
      if (!more) {
        Set<String> out = new HashSet<>(hidden);
        out.removeAll(derived);
        return out;
      }
    }
  }

  /**
   * Rules 1 and 2, with {@code forced} printed cells hidden from the start (rule 3). Passes over
   * the relations in order until one pass hides nothing; a relation none of whose cells changed
   * since it was last checked would give the same answer again and is skipped.
   */
  private Set<String> solveLocally(Set<String> forced, Map<String, List<Integer>> relationsOf) {
    Set<String> hidden = new HashSet<>(derived);
    hidden.addAll(withRow);
    hidden.addAll(settledHidden);
    hidden.addAll(forced);
    values.forEach(
        (id, v) -> {
          if (v > 0 && v < k) {
            hidden.add(id);
          }
        });
    boolean[] dirty = new boolean[relations.size()];
    java.util.Arrays.fill(dirty, true);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < relations.size(); i++) {
        if (!dirty[i]) {
          continue;
        }
        dirty[i] = false;
        List<String> relation = relations.get(i);
        int hiddenCount = 0;
        long hiddenSum = 0;
        boolean anySensitive = false;
        // a hidden printed cell protects a small one elsewhere: it must not be recoverable either
        boolean anySuppressed = false;
        for (String id : relation) {
          if (hidden.contains(id)) {
            hiddenCount++;
            hiddenSum += values.get(id);
            anySensitive |= sensitive(id);
            anySuppressed |= !derived.contains(id);
          }
        }
        if (!anySensitive && !anySuppressed) {
          continue;
        }
        if (hiddenCount >= 2 && (!anySensitive || hiddenSum >= k)) {
          continue;
        }
        String next = complement(relation, hidden);
        if (next != null) {
          hidden.add(next);
          changed = true;
          for (int j : relationsOf.getOrDefault(next, List.of())) {
            dirty[j] = true;
          }
        }
      }
    }
    return hidden;
  }

  private static final long INF = Long.MAX_VALUE / 4;

  /**
   * What an attacker knows of each cell: a printed cell its value, a hidden or derived one an
   * interval, narrowed through every sum (a worklist of sums whose cells changed) until nothing
   * changes.
   */
  private Map<String, long[]> bounds(Set<String> hidden, Map<String, List<Integer>> relationsOf) {
    Map<String, long[]> b = new HashMap<>();
    values.forEach(
        (id, v) -> b.put(id, hidden.contains(id) ? new long[] {0, INF} : new long[] {v, v}));
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    boolean[] queued = new boolean[relations.size()];
    for (int i = 0; i < relations.size(); i++) {
      queue.add(i);
      queued[i] = true;
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      queued[i] = false;
      List<String> r = relations.get(i);
      long[] total = b.get(r.get(0));
      long lo = 0;
      long hi = 0;
      for (String p : r.subList(1, r.size())) {
        lo = add(lo, b.get(p)[0]);
        hi = add(hi, b.get(p)[1]);
      }
      List<String> changed = new ArrayList<>();
      if (tighten(total, lo, hi)) {
        changed.add(r.get(0));
      }
      // the other parts' bounds of each part: the sums above less its own (an unbounded part
      // leaves the others' sum unbounded only if another part is unbounded too)
      int unboundedLo = 0;
      int unboundedHi = 0;
      long finiteLo = 0;
      long finiteHi = 0;
      for (String p : r.subList(1, r.size())) {
        long[] pb = b.get(p);
        if (pb[0] >= INF) {
          unboundedLo++;
        } else {
          finiteLo += pb[0];
        }
        if (pb[1] >= INF) {
          unboundedHi++;
        } else {
          finiteHi += pb[1];
        }
      }
      for (String p : r.subList(1, r.size())) {
        long[] pb = b.get(p);
        long othersLo =
            unboundedLo - (pb[0] >= INF ? 1 : 0) > 0
                ? INF
                : Math.min(INF, finiteLo - (pb[0] >= INF ? 0 : pb[0]));
        long othersHi =
            unboundedHi - (pb[1] >= INF ? 1 : 0) > 0
                ? INF
                : Math.min(INF, finiteHi - (pb[1] >= INF ? 0 : pb[1]));
        long newLo = othersHi >= INF ? 0 : Math.max(0, total[0] - othersHi);
        long newHi = total[1] >= INF ? INF : total[1] - othersLo;
        long oldLo = pb[0];
        long oldHi = pb[1];
        if (tighten(pb, newLo, newHi)) {
          changed.add(p);
          // the next parts see this one's new bounds
          if (oldLo >= INF) {
            unboundedLo--;
          } else {
            finiteLo -= oldLo;
          }
          if (pb[0] >= INF) {
            unboundedLo++;
          } else {
            finiteLo += pb[0];
          }
          if (oldHi >= INF) {
            unboundedHi--;
          } else {
            finiteHi -= oldHi;
          }
          if (pb[1] >= INF) {
            unboundedHi++;
          } else {
            finiteHi += pb[1];
          }
        }
      }
      for (String id : changed) {
        for (int j : relationsOf.getOrDefault(id, List.of())) {
          if (!queued[j]) {
            queued[j] = true;
            queue.add(j);
          }
        }
      }
    }
    return b;
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

  /**
   * The printed cell to hide so that a pinned-down count is not: one in a sum with it, else one sum
   * further (through hidden cells), and so on; a preferred one first, then the smallest non-zero.
   */
  private String nextTo(
      String id, Set<String> hidden, Set<String> forced, Map<String, List<Integer>> relationsOf) {
    Set<String> seen = new HashSet<>(List.of(id));
    List<String> frontier = List.of(id);
    while (!frontier.isEmpty()) {
      List<String> candidates = new ArrayList<>();
      List<String> next = new ArrayList<>();
      for (String c : frontier) {
        for (int i : relationsOf.getOrDefault(c, List.of())) {
          for (String x : relations.get(i)) {
            if (!seen.add(x)) {
              continue;
            }
            if (settledShown.contains(x)) {
              continue;
            }
            if (hidden.contains(x) || forced.contains(x)) {
              next.add(x);
            } else {
              candidates.add(x);
            }
          }
        }
      }
      if (!candidates.isEmpty()) {
        List<String> all = new ArrayList<>(candidates);
        return complement(all, Set.of());
      }
      frontier = next;
    }
    return null;
  }

  /**
   * The shown cell of a relation to hide next: a preferred one if any, else the smallest non-zero
   * one, else a zero.
   */
  private String complement(List<String> relation, Set<String> hidden) {
    String cheap = pick(relation, hidden, true);
    return cheap != null ? cheap : pick(relation, hidden, false);
  }

  private String pick(List<String> relation, Set<String> hidden, boolean preferredOnly) {
    String best = null;
    for (String id : relation) {
      if (hidden.contains(id)
          || settledShown.contains(id)
          || (preferredOnly && !preferred.contains(id))) {
        continue;
      }
      long v = values.get(id);
      if (best == null) {
        best = id;
        continue;
      }
      long b = values.get(best);
      boolean better = (b == 0 && v > 0) || (v > 0 && v < b);
      if (better) {
        best = id;
      }
    }
    return best;
  }

  /** The value of a cell (for tests and for rebuilding rows). */
  public long value(String id) {
    return Objects.requireNonNull(values.get(id), id);
  }

  /** Every relation as {@code [total, parts...]}, for an auditor. */
  public List<List<String>> relations() {
    return List.copyOf(relations);
  }

  /** Every cell id with its value, in insertion order, for an auditor. */
  public Map<String, Long> cells() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** Whether a cell is derived (never printed). */
  public boolean isDerived(String id) {
    return derived.contains(id);
  }

  /** An id from its parts, joined by a character no text cell contains. */
  public static String id(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      if (b.length() > 0) {
        b.append('\u0000');
      }
      b.append(p);
    }
    return b.toString();
  }
}
