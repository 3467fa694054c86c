package org.infusionoutcomes.ingest.value;

import java.util.Locale;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.reject.IngestErrors;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.scale.ItemRef;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;

/** The item of a scale that a score record names. */
public final class ItemNumbers {
  private ItemNumbers() {}

  /**
   * The item a text names: {@code total} (any case) or a whole number 1..N.
   *
   * @throws FieldProblem {@link RejectRule#UNKNOWN_ITEM} otherwise
   */
  public static int parse(ScaleDefinition scale, String text, String column) {
    if (text.trim().toLowerCase(Locale.ROOT).equals("total")) {
      return ItemRef.TOTAL;
    }
    Integer n = Numbers.parse(text);
    if (n == null || n < 1 || n > scale.itemCount()) {
      throw IngestErrors.unknownItem(
          column, "item", text, scale.id(), "1.." + scale.itemCount() + " or 'total'");
    }
    return n;
  }
}
