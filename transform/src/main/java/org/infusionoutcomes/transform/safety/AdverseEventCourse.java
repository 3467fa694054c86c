package org.infusionoutcomes.transform.safety;

import java.io.Serializable;

/**
 * One adverse event with the course it belongs to: a row of the derived {@code
 * adverse_event_courses} table (docs/definitions.md, "Adverse events per course").
 *
 * @param studyId study
 * @param subjectId subject
 * @param term reported term
 * @param preferredTerm AEDECOD, else the reported term in upper case
 * @param bodySystem AEBODSYS, or {@code NOT CODED}
 * @param severity severity as given, or null
 * @param serious whether the event is serious
 * @param severe whether the severity is SEVERE
 * @param onsetDay onset on the subject's analysis axis, or null when unknown
 * @param status {@code teae}, {@code pre_treatment}, {@code unknown_onset}, {@code after_follow_up}
 *     or {@code no_infusion}; only {@code teae} is counted
 * @param courseNumber the course of a TEAE, else null
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record AdverseEventCourse(
    String studyId,
    String subjectId,
    String term,
    String preferredTerm,
    String bodySystem,
    String severity,
    boolean serious,
    boolean severe,
    Integer onsetDay,
    String status,
    Integer courseNumber,
    String sourceFile,
    long sourceLine)
    implements Serializable {
  public static final String TEAE = "teae";
  public static final String PRE_TREATMENT = "pre_treatment";
  public static final String UNKNOWN_ONSET = "unknown_onset";
  public static final String AFTER_FOLLOW_UP = "after_follow_up";
  public static final String NO_INFUSION = "no_infusion";

  /** Body system of events that carry none. */
  public static final String NOT_CODED = "NOT CODED";
}
