package org.infusionoutcomes.transform.spark;

import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;

/** One canonical row on its way to the per-subject derivation; exactly one payload is set. */
public record DeriveInput(
    String studyId, String subjectId, Assessment assessment, Infusion infusion)
    implements java.io.Serializable {}
