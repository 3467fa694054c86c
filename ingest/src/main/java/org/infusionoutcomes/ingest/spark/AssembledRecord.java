package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;

/** One output of the per-subject assembly; exactly one payload is set, as {@code kind} says. */
public record AssembledRecord(
    String kind, Assessment assessment, Infusion infusion, Subject subject, RejectRow reject)
    implements java.io.Serializable {

  public static final String ASSESSMENT = "assessment";
  public static final String INFUSION = "infusion";
  public static final String SUBJECT = "subject";
  public static final String REJECT = "reject";
  public static final String WARNING = "warning";
}
