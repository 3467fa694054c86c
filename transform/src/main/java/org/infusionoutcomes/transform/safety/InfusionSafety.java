package org.infusionoutcomes.transform.safety;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * One infusion x test with at least one placed reading: a row of the derived {@code
 * infusion_safety} table (docs/definitions.md, "Per infusion"). CADSS totals are rows with test
 * {@code CADSS}: {@code pre} is then cadss_pre and {@code peak} cadss_peak.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param courseNumber course of the infusion
 * @param infusionNumber rank of the infusion in its course, 1..k
 * @param infusionDay day of the infusion on the subject's analysis axis
 * @param infusionTime time of day of the infusion, or null
 * @param test VSTESTCD code or {@code CADSS}
 * @param pre the reading with the largest offset at or before 0, or null
 * @param preMinutes its offset, or null
 * @param peak the maximum in the window (minimum for SPO2), or null without readings there
 * @param timeToPeakMinutes offset of the peak (earliest on ties), or null
 * @param change peak minus pre, or null without either
 * @param nPost readings with an offset in (0, window]
 * @param exceeded peak at or above the threshold (SPO2: at or below) or change at or above the
 *     rise; null without a peak or when the test has neither setting
 * @param backToPre the last reading in the window at or below pre plus the margin; null without
 *     pre, post readings or margin
 * @param sourceFile source of the peak reading, else of the pre reading
 * @param sourceLine its line
 */
public record InfusionSafety(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    int infusionNumber,
    int infusionDay,
    LocalTime infusionTime,
    String test,
    Double pre,
    Integer preMinutes,
    Double peak,
    Integer timeToPeakMinutes,
    Double change,
    int nPost,
    Boolean exceeded,
    Boolean backToPre,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
