package org.infusionoutcomes.jobs.generate;

import java.util.SplittableRandom;

/** The random draws the study generators share. */
final class Draws {
  private Draws() {}

  /** A standard normal draw (Box-Muller: SplittableRandom has no nextGaussian on Java 17). */
  static double gaussian(SplittableRandom rnd) {
    double u1 = Math.max(1e-12, rnd.nextDouble());
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** {@code v} limited to {@code [lo, hi]}. */
  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
