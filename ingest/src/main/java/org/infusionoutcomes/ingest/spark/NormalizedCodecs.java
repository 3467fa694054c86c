package org.infusionoutcomes.ingest.spark;

import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;

/**
 * The row codecs of the canonical tables and of rejects, shared by every stage that writes or reads
 * them.
 */
public final class NormalizedCodecs {
  private NormalizedCodecs() {}

  public static final RecordRowCodec<Assessment> ASSESSMENT = RecordRowCodec.of(Assessment.class);

  public static final RecordRowCodec<Infusion> INFUSION = RecordRowCodec.of(Infusion.class);

  public static final RecordRowCodec<Subject> SUBJECT = RecordRowCodec.of(Subject.class);

  public static final RecordRowCodec<VitalSign> VITAL_SIGN = RecordRowCodec.of(VitalSign.class);

  public static final RecordRowCodec<AdverseEvent> ADVERSE_EVENT =
      RecordRowCodec.of(AdverseEvent.class);

  public static final RecordRowCodec<Medication> MEDICATION = RecordRowCodec.of(Medication.class);

  public static final RecordRowCodec<RejectRow> REJECT_ROW = RecordRowCodec.of(RejectRow.class);
}
