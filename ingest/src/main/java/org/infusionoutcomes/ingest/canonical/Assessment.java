package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One scored assessment: a row of the canonical {@code assessments} table (docs/formats.md).
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param scale canonical scale id
 * @param scaleVersion version of the scale definition used to score it
 * @param assessmentDate calendar date as given by the source, or null
 * @param studyDay study day as given by the source, or null
 * @param day analysis day on the subject's {@link TimeAxis}
 * @param timeAxis the subject's axis
 * @param assessmentTime time of day, or null
 * @param visit visit label, or null
 * @param items item values 1..N in order; null for a missing item
 * @param itemsAnswered number of non-missing items
 * @param totalScore the total used by all derivations (fractional when prorated)
 * @param totalSource {@code items}, {@code prorated} or {@code reported}
 * @param reportedTotal the total the source reported, or null
 * @param suicidalityFlag PHQ-9 item 9 above 0; null when the scale has no such flag or the item is
 *     missing
 * @param severity severity band of the total, or null
 * @param sourceFormat format of the source file
 * @param sourceFile the file the assessment came from
 * @param sourceLine first line of the assessment in that file
 * @param sourceLines every line that contributed, ascending
 * @param minutesFromStart minutes since the start of that day's infusion (negative = before), or
 *     null when the source does not place the assessment relative to the infusion
 */
public record Assessment(
    String studyId,
    String siteId,
    String subjectId,
    String scale,
    String scaleVersion,
    LocalDate assessmentDate,
    Integer studyDay,
    int day,
    TimeAxis timeAxis,
    LocalTime assessmentTime,
    String visit,
    List<Integer> items,
    int itemsAnswered,
    double totalScore,
    String totalSource,
    Double reportedTotal,
    Boolean suicidalityFlag,
    String severity,
    String sourceFormat,
    String sourceFile,
    long sourceLine,
    List<Long> sourceLines,
    Integer minutesFromStart)
    implements Serializable {

  public static final String TOTAL_FROM_ITEMS = "items";
  public static final String TOTAL_PRORATED = "prorated";
  public static final String TOTAL_REPORTED = "reported";

  public Assessment {
    // items may hold nulls (missing items), so List.copyOf cannot be used
    items = Collections.unmodifiableList(new ArrayList<>(items));
    sourceLines = List.copyOf(sourceLines);
  }
}
