package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;

/** One output of the per-subject assembly; exactly one payload is set, as {@code kind} says. */
public record AssembledRecord(
    String kind,
    Assessment assessment,
    Infusion infusion,
    Subject subject,
    RejectRow reject,
    VitalSign vitalSign,
    AdverseEvent adverseEvent,
    Medication medication)
    implements java.io.Serializable {

  public static final String ASSESSMENT = "assessment";
  public static final String INFUSION = "infusion";
  public static final String SUBJECT = "subject";
  public static final String REJECT = "reject";
  public static final String WARNING = "warning";
  public static final String VITAL_SIGN = "vital_sign";
  public static final String ADVERSE_EVENT = "adverse_event";
  public static final String MEDICATION = "medication";

  /** A record with one of the first five payloads. */
  public AssembledRecord(
      String kind, Assessment assessment, Infusion infusion, Subject subject, RejectRow reject) {
    this(kind, assessment, infusion, subject, reject, null, null, null);
  }
}
