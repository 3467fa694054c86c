package org.infusionoutcomes.analysis.agreement;

/**
 * Paired binary ratings of the same courses by two scales: MADRS (rows) and PHQ-9 (columns).
 *
 * @param both courses positive on both scales
 * @param firstOnly positive on the first scale (MADRS) only
 * @param secondOnly positive on the second scale (PHQ-9) only
 * @param neither positive on neither
 */
public record TwoByTwo(int both, int firstOnly, int secondOnly, int neither) {

  public TwoByTwo {
    if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
      throw new IllegalArgumentException(
          "cell counts must be >= 0: "
              + both
              + ", "
              + firstOnly
              + ", "
              + secondOnly
              + ", "
              + neither);
    }
  }

  /** Number of paired courses. */
  public int n() {
    return both + firstOnly + secondOnly + neither;
  }
}
