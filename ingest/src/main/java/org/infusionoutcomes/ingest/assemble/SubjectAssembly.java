package org.infusionoutcomes.ingest.assemble;

import java.util.List;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Medication;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.reject.Reject;

/**
 * The canonical rows of one subject, with what was rejected and what was flagged on the way.
 *
 * @param assessments scored assessments, in (scale, day, time, visit) order
 * @param infusions infusions, in (day, time) order
 * @param subject the subject row, or null when every record of the subject was rejected
 * @param rejects rejected records
 * @param warnings kept records with a data-quality finding (duplicates, total mismatches)
 * @param vitalSigns vital-sign readings, in (test, day, time, minutes_from_start) order
 * @param adverseEvents adverse events, in (term, onset day) order, unknown onsets first
 * @param medications medication records, in (drug, start date, start day) order, unknown starts
 *     first
 */
public record SubjectAssembly(
    List<Assessment> assessments,
    List<Infusion> infusions,
    Subject subject,
    List<Reject> rejects,
    List<Reject> warnings,
    List<VitalSign> vitalSigns,
    List<AdverseEvent> adverseEvents,
    List<Medication> medications) {}
