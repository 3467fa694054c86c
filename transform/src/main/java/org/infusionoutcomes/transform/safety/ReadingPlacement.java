package org.infusionoutcomes.transform.safety;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * Places a reading on an infusion (docs/definitions.md, "Placement"): the infusion of the same
 * subject on the same day; with several that day, the latest one starting at or before the reading
 * (a reading before the first of them belongs to the first). The offset is {@code
 * minutes_from_start}, else reading time minus infusion time in whole minutes (truncated) when both
 * have a time of day; otherwise the reading is unplaced. With several infusions that day the
 * reading and every infusion of that day need a time of day to choose between them.
 */
public final class ReadingPlacement {
  private ReadingPlacement() {}

  /**
   * @param day the reading's day on the subject's axis
   * @param time the reading's time of day, or null
   * @param minutesFromStart the reading's own offset, or null
   * @param infusions the subject's infusions
   */
  public static Placement place(
      int day, LocalTime time, Integer minutesFromStart, List<SafetyInfusion> infusions) {
    List<SafetyInfusion> sameDay =
        infusions.stream()
            .filter(i -> i.day() == day)
            .sorted(
                Comparator.comparing(
                        SafetyInfusion::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingInt(SafetyInfusion::infusionNumber))
            .toList();
    if (sameDay.isEmpty()) {
      return Placement.noInfusion();
    }
    SafetyInfusion target;
    if (sameDay.size() == 1) {
      target = sameDay.get(0);
    } else {
      if (time == null || sameDay.stream().anyMatch(i -> i.time() == null)) {
        return Placement.unplaced();
      }
      target = sameDay.get(0);
      for (SafetyInfusion i : sameDay) {
        if (!i.time().isAfter(time)) {
          target = i;
        }
      }
    }
    if (minutesFromStart != null) {
      return Placement.placed(target, minutesFromStart);
    }
    if (time != null && target.time() != null) {
      return Placement.placed(target, (int) Duration.between(target.time(), time).toMinutes());
    }
    return Placement.unplaced();
  }

  /** Parses {@code HH:mm} or {@code HH:mm:ss}; null, blank or unreadable text gives null. */
  public static LocalTime parseTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
