package org.infusionoutcomes.transform.derive.tte;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;

/**
 * The source record that decided a derived value.
 *
 * @param table canonical table of the record: {@code assessments} or {@code infusions}
 * @param file source file
 * @param line source line
 */
public record SourceRef(String table, String file, long line) {
  public static final String ASSESSMENTS = "assessments";
  public static final String INFUSIONS = "infusions";

  public static SourceRef of(Assessment a) {
    return new SourceRef(ASSESSMENTS, a.sourceFile(), a.sourceLine());
  }

  public static SourceRef of(Infusion i) {
    return new SourceRef(INFUSIONS, i.sourceFile(), i.sourceLine());
  }
}
