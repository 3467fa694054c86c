package org.infusionoutcomes.ingest.scale;

/**
 * What an export code names: an item of a scale, the scale's total, or a code of the scale that is
 * not scored (for example PHQ-9's difficulty item).
 *
 * @param scale the scale
 * @param item 1..N for an item, {@link #TOTAL} for the total, {@link #IGNORED} for an unscored code
 */
public record ItemRef(ScaleDefinition scale, int item) implements java.io.Serializable {
  /** The item number that stands for the scale total. */
  public static final int TOTAL = 0;

  /** The item number of a code that belongs to the scale but is not scored. */
  public static final int IGNORED = -1;

  public boolean isTotal() {
    return item == TOTAL;
  }

  public boolean isIgnored() {
    return item == IGNORED;
  }
}
