package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.junit.jupiter.api.Test;

class SuicidalityRuleTest {
  private final SuicidalityRule rule = new SuicidalityRule(Map.of("MADRS", 2.0, "PHQ9", 1.0));

  /** An assessment whose suicidality item is {@code item} (null = not answered). */
  static Assessment withItem(String scale, int day, Integer item) {
    int n = scale.equals("MADRS") ? 10 : 9;
    List<Integer> items = new ArrayList<>(Arrays.asList(new Integer[n]));
    for (int i = 0; i < n; i++) {
      items.set(i, 2);
    }
    items.set(SuicidalityRule.ITEM.get(scale) - 1, item);
    return new Assessment(
        "KET-01",
        null,
        "S-001",
        scale,
        "1.0",
        null,
        null,
        day,
        TimeAxis.DATE,
        null,
        null,
        items,
        n,
        20,
        Assessment.TOTAL_FROM_ITEMS,
        null,
        null,
        null,
        "generic_csv",
        "qs.csv",
        day,
        List.of((long) day),
        null);
  }

  private CourseSuicidality derive(String scale, Integer base, List<Integer> post, Integer oc) {
    List<Assessment> in = new ArrayList<>();
    int day = 101;
    for (Integer p : post) {
      in.add(withItem(scale, day++, p));
    }
    return rule.derive(
        "KET-01",
        null,
        "S-001",
        1,
        scale,
        withItem(scale, 100, base),
        in,
        oc == null && post.isEmpty() ? null : withItem(scale, 120, oc));
  }

  @Test
  void categories() {
    assertThat(SuicidalityRule.category("PHQ9", 0)).isEqualTo("0");
    assertThat(SuicidalityRule.category("PHQ9", 3)).isEqualTo("3");
    assertThat(SuicidalityRule.category("MADRS", 0)).isEqualTo("0-1");
    assertThat(SuicidalityRule.category("MADRS", 1)).isEqualTo("0-1");
    assertThat(SuicidalityRule.category("MADRS", 2)).isEqualTo("2-3");
    assertThat(SuicidalityRule.category("MADRS", 3)).isEqualTo("2-3");
    assertThat(SuicidalityRule.category("MADRS", 4)).isEqualTo("4-6");
    assertThat(SuicidalityRule.category("MADRS", 6)).isEqualTo("4-6");
    assertThat(SuicidalityRule.category("MADRS", null)).isNull();
  }

  @Test
  void worstIgnoresUnansweredItemsAndWorsenedUsesTheScaleSetting() {
    CourseSuicidality m = derive("MADRS", 1, Arrays.asList(2, null, 3), 0);
    assertThat(m.baselineItem()).isEqualTo(1);
    assertThat(m.worstItem()).isEqualTo(3);
    assertThat(m.baselineCategory()).isEqualTo("0-1");
    assertThat(m.worstCategory()).isEqualTo("2-3");
    // 3 - 1 = 2 >= 2
    assertThat(m.worsened()).isTrue();
    assertThat(m.emergent()).isNull();
    assertThat(m.resolved()).isTrue();
    CourseSuicidality oneUp = derive("MADRS", 1, List.of(2), 2);
    assertThat(oneUp.worsened()).isFalse();
    assertThat(oneUp.resolved()).isFalse();
  }

  @Test
  void emergentOnlyFromBaselineZero() {
    CourseSuicidality p = derive("PHQ9", 0, List.of(0, 1), 1);
    assertThat(p.emergent()).isTrue();
    assertThat(p.worsened()).isTrue();
    assertThat(p.resolved()).isNull();
    CourseSuicidality none = derive("PHQ9", 0, List.of(0), 0);
    assertThat(none.emergent()).isFalse();
    assertThat(none.worsened()).isFalse();
  }

  @Test
  void unansweredBaselineOrNoPostBaselineLeavesFlagsEmpty() {
    CourseSuicidality noBase = derive("PHQ9", null, List.of(2), 2);
    assertThat(noBase.baselineCategory()).isNull();
    assertThat(noBase.worsened()).isNull();
    assertThat(noBase.emergent()).isNull();
    assertThat(noBase.resolved()).isNull();
    CourseSuicidality noPost = derive("PHQ9", 2, List.of(), null);
    assertThat(noPost.worstItem()).isNull();
    assertThat(noPost.worsened()).isNull();
    assertThat(noPost.resolved()).isNull();
  }

  @Test
  void resolvedNeedsTheItemAnsweredAtTheOcEndpoint() {
    CourseSuicidality unanswered = derive("PHQ9", 2, List.of(1), null);
    assertThat(unanswered.ocItem()).isNull();
    assertThat(unanswered.resolved()).isNull();
  }
}
