package org.infusionoutcomes.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which snapshots retention removes. */
class RetentionTest {
  private static final List<String> FIVE =
      List.of(
          "20260301T020000Z-a",
          "20260302T020000Z-b",
          "20260303T020000Z-c",
          "20260304T020000Z-d",
          "20260305T020000Z-e");

  @Test
  void keepsTheNewestPublishedSnapshots() {
    assertThat(Retention.toDelete(FIVE, FIVE, Optional.of("20260305T020000Z-e"), 3))
        .containsExactly("20260302T020000Z-b", "20260301T020000Z-a");
  }

  @Test
  void neverDeletesCurrentEvenWhenOld() {
    assertThat(Retention.toDelete(FIVE, FIVE, Optional.of("20260301T020000Z-a"), 2))
        .containsExactlyInAnyOrder("20260303T020000Z-c", "20260302T020000Z-b")
        .doesNotContain("20260301T020000Z-a");
  }

  @Test
  void removesASnapshotThatWasNeverPublished() {
    List<String> published = FIVE.subList(0, 4);
    assertThat(Retention.toDelete(FIVE, published, Optional.of("20260304T020000Z-d"), 7))
        .containsExactly("20260305T020000Z-e");
  }

  @Test
  void currentWithoutHistoryLineIsKept() {
    assertThat(Retention.toDelete(FIVE, List.of(), Optional.of("20260305T020000Z-e"), 1))
        .containsExactly(
            "20260304T020000Z-d", "20260303T020000Z-c", "20260302T020000Z-b", "20260301T020000Z-a");
  }
}
