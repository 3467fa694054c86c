package org.infusionoutcomes.transform.derive.tte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSearchTest {
  private static final List<Boolean> SEQUENCE = List.of(true, false, true, true, false, true);

  @Test
  void firstQualifyingRecordWithOneConfirmation() {
    assertThat(EventSearch.firstConfirmed(SEQUENCE, b -> b, 1)).isEqualTo(0);
  }

  @Test
  void firstOfConsecutiveRunWithTwoConfirmations() {
    assertThat(EventSearch.firstConfirmed(SEQUENCE, b -> b, 2)).isEqualTo(2);
  }

  @Test
  void runCutShortByEndOfSequenceIsNoEvent() {
    assertThat(EventSearch.firstConfirmed(SEQUENCE, b -> b, 3)).isEqualTo(-1);
    assertThat(EventSearch.firstConfirmed(List.of(false, true), b -> b, 2)).isEqualTo(-1);
    assertThat(EventSearch.firstConfirmed(List.<Boolean>of(), b -> b, 1)).isEqualTo(-1);
  }
}
