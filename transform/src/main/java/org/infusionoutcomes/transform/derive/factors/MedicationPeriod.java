package org.infusionoutcomes.transform.derive.factors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.infusionoutcomes.ingest.canonical.TimeAxis;

/**
 * The days on a subject's axis during which a medication was taken. A partial start date counts
 * from the first day it allows, a partial end date to the last; an ongoing medication has no last
 * day; without an end and not ongoing, the start day only.
 *
 * @param firstDay first day taken
 * @param lastDay last day taken, or null when ongoing
 */
public record MedicationPeriod(int firstDay, Integer lastDay) {

  /** Whether any day of {@code [from, to]} lies in this period. */
  public boolean overlaps(int from, int to) {
    return firstDay <= to && (lastDay == null || lastDay >= from);
  }

  /**
   * Resolves the period of one medication record on the subject's axis.
   *
   * @param startDate ISO 8601 start date, possibly partial, or null
   * @param startStudyDay SDTM study day of the start (no day 0), or null
   * @param endDate ISO 8601 end date, possibly partial, or null
   * @param endStudyDay SDTM study day of the end, or null
   * @param ongoing whether the medication continues (ongoing = Y, or CMENRTPT ONGOING)
   * @param axis the subject's time axis
   * @param referenceDate the subject's study day 1, or null
   * @return empty when the start cannot be placed on the axis
   */
  public static Optional<MedicationPeriod> resolve(
      String startDate,
      Integer startStudyDay,
      String endDate,
      Integer endStudyDay,
      boolean ongoing,
      TimeAxis axis,
      LocalDate referenceDate) {
    Optional<PartialDate> start = PartialDate.parse(startDate);
    Integer first =
        start
            .map(d -> dayOf(d.first(), axis, referenceDate))
            .orElseGet(() -> dayOfStudyDay(startStudyDay, axis, referenceDate));
    if (first == null) {
      return Optional.empty();
    }
    if (ongoing) {
      return Optional.of(new MedicationPeriod(first, null));
    }
    Optional<PartialDate> end = PartialDate.parse(endDate);
    Integer last =
        end.map(d -> dayOf(d.last(), axis, referenceDate))
            .orElseGet(() -> dayOfStudyDay(endStudyDay, axis, referenceDate));
    if (last == null) {
      last = first; // no end and not ongoing: the start day only
    }
    return Optional.of(new MedicationPeriod(first, Math.max(first, last)));
  }

  private static Integer dayOf(LocalDate date, TimeAxis axis, LocalDate referenceDate) {
    if (axis == TimeAxis.DATE) {
      return Math.toIntExact(date.toEpochDay());
    }
    if (referenceDate == null) {
      return null;
    }
    // Study-day axis with the gap closed: the reference date is day 1.
    return Math.toIntExact(ChronoUnit.DAYS.between(referenceDate, date) + 1);
  }

  private static Integer dayOfStudyDay(Integer studyDay, TimeAxis axis, LocalDate referenceDate) {
    if (studyDay == null || studyDay == 0) {
      return null;
    }
    int closed = studyDay > 0 ? studyDay : studyDay + 1;
    if (axis == TimeAxis.STUDY_DAY) {
      return closed;
    }
    if (referenceDate == null) {
      return null;
    }
    return Math.toIntExact(referenceDate.toEpochDay() + closed - 1);
  }
}
