package org.infusionoutcomes.transform.safety;

/**
 * Where a reading lies relative to an infusion start (docs/definitions.md, "Placement").
 *
 * @param status {@link #PLACED}, {@link #UNPLACED} or {@link #NO_INFUSION}
 * @param infusion the infusion of the reading; null unless placed
 * @param offsetMinutes minutes since that infusion's start (negative before); null unless placed
 */
public record Placement(String status, SafetyInfusion infusion, Integer offsetMinutes) {
  /** The reading has an infusion and an offset. */
  public static final String PLACED = "placed";

  /** The subject had an infusion that day, but the reading's offset cannot be known. */
  public static final String UNPLACED = "unplaced";

  /** The subject had no infusion on the reading's day. */
  public static final String NO_INFUSION = "no_infusion";

  static Placement placed(SafetyInfusion infusion, int offset) {
    return new Placement(PLACED, infusion, offset);
  }

  static Placement unplaced() {
    return new Placement(UNPLACED, null, null);
  }

  static Placement noInfusion() {
    return new Placement(NO_INFUSION, null, null);
  }

  public boolean isPlaced() {
    return PLACED.equals(status);
  }

  /** The course of the infusion; null unless placed. */
  public Integer courseNumber() {
    return isPlaced() ? infusion.courseNumber() : null;
  }

  /** The rank of the infusion in its course; null unless placed. */
  public Integer infusionNumber() {
    return isPlaced() ? infusion.infusionNumber() : null;
  }
}
