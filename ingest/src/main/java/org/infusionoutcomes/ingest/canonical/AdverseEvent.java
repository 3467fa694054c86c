package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One adverse event: a row of the canonical {@code adverse_events} table (docs/formats.md, "Adverse
 * events").
 *
 * @param studyId study
 * @param subjectId subject
 * @param term reported term
 * @param preferredTerm MedDRA preferred term, or null
 * @param bodySystem MedDRA body system, or null
 * @param severity MILD, MODERATE or SEVERE, or null
 * @param serious true for a serious event, null when not given
 * @param related relationship to the study drug as written, or null
 * @param onsetDate onset date as given by the source, or null
 * @param onsetDay onset on the subject's analysis day axis; null when the onset is unknown (partial
 *     or missing onset date)
 * @param endDay end on the analysis day axis, or null
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record AdverseEvent(
    String studyId,
    String subjectId,
    String term,
    String preferredTerm,
    String bodySystem,
    String severity,
    Boolean serious,
    String related,
    LocalDate onsetDate,
    Integer onsetDay,
    Integer endDay,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
