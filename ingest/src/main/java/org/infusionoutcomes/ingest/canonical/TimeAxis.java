package org.infusionoutcomes.ingest.canonical;

/**
 * The day axis of one subject (docs/definitions.md, "Days and times"). All records of a subject
 * share one axis, so day arithmetic between them is plain subtraction.
 */
public enum TimeAxis {
  /**
   * Calendar dates: {@code day} is the number of days since 1970-01-01. Records that carry only a
   * study day are placed by the subject's reference date.
   */
  DATE("date"),
  /**
   * SDTM study days only: {@code day} is the study day with the gap at 0 closed (day 1 -> 1, day -1
   * -> 0, day -14 -> -13), so that day -1 lies one day before day 1.
   */
  STUDY_DAY("study_day");

  private final String id;

  TimeAxis(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static TimeAxis fromId(String id) {
    for (TimeAxis a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown time axis " + id);
  }
}
