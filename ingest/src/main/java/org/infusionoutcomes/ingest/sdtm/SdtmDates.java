package org.infusionoutcomes.ingest.sdtm;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.infusionoutcomes.ingest.write.SyntheticStudy;

/** How the SDTM writers write dates: {@code --DTC} values and study days from {@code RFSTDTC}. */
final class SdtmDates {
  private SdtmDates() {}

  /** Each subject's reference date (study day 1), by subject id. */
  static Map<String, LocalDate> references(SyntheticStudy study) {
    Map<String, LocalDate> reference = new HashMap<>();
    study.subjects().forEach(s -> reference.put(s.subjectId(), s.referenceDate()));
    return reference;
  }

  /** An ISO 8601 {@code --DTC}: the date, with the time to the minute when there is one. */
  static String dtc(LocalDate date, LocalTime time) {
    if (date == null) {
      return null;
    }
    return time == null ? date.toString() : date + "T" + time.toString().substring(0, 5);
  }

  /** SDTM study day from the reference date: day 1 is the reference day; there is no day 0. */
  static Integer studyDay(LocalDate reference, LocalDate date, Integer given) {
    if (given != null) {
      return given;
    }
    if (reference == null || date == null) {
      return null;
    }
    long d = ChronoUnit.DAYS.between(reference, date);
    return (int) (d >= 0 ? d + 1 : d);
  }
}
