package org.infusionoutcomes.transform.derive.factors;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The BMI of a subject at a course start: a BMI reading, else weight / height², each from the
 * reading nearest the course start within {@link #MAX_DISTANCE_DAYS} days. Of two readings equally
 * near, the earlier one (taken before the course) is used.
 */
public final class BodyMassIndex {

  /** Readings further than this from the course start are not used. */
  public static final int MAX_DISTANCE_DAYS = 365;

  private BodyMassIndex() {}

  /** The BMI at {@code courseStartDay}; empty when no usable reading is near enough. */
  public static Optional<Double> at(List<VitalReading> readings, int courseStartDay) {
    Optional<VitalReading> bmi = nearest(readings, "BMI", courseStartDay);
    if (bmi.isPresent()) {
      return Optional.of(bmi.get().value());
    }
    Optional<VitalReading> weight = nearest(readings, "WEIGHT", courseStartDay);
    Optional<VitalReading> height = nearest(readings, "HEIGHT", courseStartDay);
    if (weight.isEmpty() || height.isEmpty()) {
      return Optional.empty();
    }
    double metres = height.get().value() / 100.0;
    return Optional.of(weight.get().value() / (metres * metres));
  }

  static Optional<VitalReading> nearest(List<VitalReading> readings, String test, int day) {
    return readings.stream()
        .filter(r -> r.test() != null && r.test().trim().toUpperCase(Locale.ROOT).equals(test))
        .filter(r -> r.value() > 0 && Double.isFinite(r.value()))
        .filter(r -> Math.abs(r.day() - day) <= MAX_DISTANCE_DAYS)
        .min(
            Comparator.comparingInt((VitalReading r) -> Math.abs(r.day() - day))
                .thenComparingInt(VitalReading::day));
  }
}
