package org.infusionoutcomes.analysis.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

  private static Set<String> shown(CellSuppression s, Set<String> hidden) {
    Set<String> shown = new HashSet<>();
    for (String id : s.cells().keySet()) {
      if (!s.isDerived(id) && !hidden.contains(id)) {
        shown.add(id);
      }
    }
    return shown;
  }

  /** The small hidden counts an attacker with every shown count and every sum can pin down. */
  private static List<String> recovered(CellSuppression s, Set<String> hidden) {
    Set<String> allHidden = new HashSet<>(s.cells().keySet());
    allHidden.removeAll(shown(s, hidden));
    DisclosureAuditor a = new DisclosureAuditor(s.cells(), shown(s, hidden), s.relations());
    // what must stay unknown: every hidden count from 1 to k - 1 (k = 5 throughout)
    return a.recovered(allHidden).stream()
        .filter(id -> s.value(id) > 0 && s.value(id) < 5)
        .toList();
  }

  @Test
  void aSmallCountIsHiddenAndSoIsItsComplementInTheRow() {
    CellSuppression s = new CellSuppression(5);
    String n = s.shown("n", 12);
    String resp = s.shown("responders", 3);
    String censored = s.shown("non_responders", 9);
    s.relation(n, List.of(resp, censored));

    Set<String> hidden = s.solve();

    assertThat(hidden).contains("responders", "non_responders").doesNotContain("n");
    assertThat(recovered(s, hidden)).isEmpty();
  }

  @Test
  void aSmallComplementHidesTheCountItComplements() {
    // 10 of 12 responded: the 2 non-responders are n - responders
    CellSuppression s = new CellSuppression(5);
    String n = s.shown("n", 12);
    String resp = s.shown("responders", 10);
    s.relation(n, List.of(resp, s.derived("non_responders", 2)));

    Set<String> hidden = s.solve();

    assertThat(hidden).contains("responders");
    assertThat(recovered(s, hidden)).isEmpty();
  }

  @Test
  void thePooledRowCannotGiveAwayAHiddenStudy() {
    CellSuppression s = new CellSuppression(5);
    String a = s.shown("A", 3);
    String b = s.shown("B", 20);
    String c = s.shown("C", 7);
    String all = s.shown("ALL", 30);
    s.relation(all, List.of(a, b, c));

    Set<String> hidden = s.solve();

    // ALL - B - C would give A: the smallest other cell (C) is hidden too
    assertThat(hidden).containsExactlyInAnyOrder("A", "C");
    assertThat(recovered(s, hidden)).isEmpty();
  }

  @Test
  void twoHiddenCellsAddingUpToLessThanKAreWidened() {
    // A + B = 2 would pin both at 1 to anyone who knows they are not 0
    CellSuppression s = new CellSuppression(5);
    String a = s.shown("A", 1);
    String b = s.shown("B", 1);
    String c = s.shown("C", 6);
    String all = s.shown("ALL", 8);
    s.relation(all, List.of(a, b, c));

    Set<String> hidden = s.solve();

    assertThat(hidden).contains("A", "B", "C");
  }

  @Test
  void hidingPropagatesThroughSharedCells() {
    // a study's responders are also a step of its flow, and the flow's ALL is a total
    CellSuppression s = new CellSuppression(5);
    String n1 = s.shown("s1.n", 10);
    String r1 = s.shown("s1.resp", 2);
    s.relation(n1, List.of(r1, s.derived("s1.non", 8)));
    String n2 = s.shown("s2.n", 10);
    String r2 = s.shown("s2.resp", 6);
    s.relation(n2, List.of(r2, s.derived("s2.non", 4)));
    String nAll = s.shown("all.n", 20);
    String rAll = s.shown("all.resp", 8);
    s.relation(nAll, List.of(rAll, s.derived("all.non", 12)));
    s.relation(nAll, List.of(n1, n2));
    s.relation(rAll, List.of(r1, r2));
    String flow1 = s.shown("flow.s1.responders", 2);
    s.same(flow1, r1);

    Set<String> hidden = s.solve();

    assertThat(hidden).contains("s1.resp", "flow.s1.responders", "s2.resp");
    assertThat(recovered(s, hidden)).isEmpty();
  }

  @Test
  void aRowBelowKLosesEveryCount() {
    CellSuppression s = new CellSuppression(5);
    String n = s.shown("n", 4);
    String resp = s.shown("responders", 0);
    s.relation(n, List.of(resp, s.derived("non", 4)));
    s.hideWithRow(n);
    s.hideWithRow(resp);

    assertThat(s.solve()).containsExactlyInAnyOrder("n", "responders");
  }

  @Test
  void zerosAndLargeCountsStay() {
    CellSuppression s = new CellSuppression(5);
    String n = s.shown("n", 25);
    String resp = s.shown("responders", 0);
    s.relation(n, List.of(resp, s.derived("non", 25)));

    assertThat(s.solve()).isEmpty();
  }

  @Test
  void aRelationThatDoesNotHoldIsABug() {
    CellSuppression s = new CellSuppression(5);
    s.shown("n", 10);
    s.shown("x", 3);
    assertThatThrownBy(() -> s.relation("n", List.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not hold");
    assertThatThrownBy(() -> new CellSuppression(1)).hasMessageContaining("at least 2");
  }
}
