package org.infusionoutcomes.transform.derive.tte;

import java.util.List;
import java.util.function.Predicate;

/**
 * The one event rule behind both endpoints: the first position in a time-ordered sequence where
 * {@code confirmations} consecutive records all qualify. A qualifying run cut short by the end of
 * the sequence is not an event.
 */
public final class EventSearch {
  private EventSearch() {}

  /** Index of the first record of the first qualifying run, or -1. */
  public static <T> int firstConfirmed(
      List<T> sequence, Predicate<T> qualifies, int confirmations) {
    if (confirmations < 1) {
      throw new IllegalArgumentException("confirmations must be at least 1");
    }
    int run = 0;
    for (int i = 0; i < sequence.size(); i++) {
      run = qualifies.test(sequence.get(i)) ? run + 1 : 0;
      if (run == confirmations) {
        return i - confirmations + 1;
      }
    }
    return -1;
  }
}
