package org.infusionoutcomes.transform.derive;

import java.io.Serializable;

/**
 * One time-to-event observation: a row of the derived {@code tte} table. Time to response has one
 * row per eligible subject x course x scale; durability has two, one per relapse rule.
 *
 * @param studyId study
 * @param siteId site of the subject, or null
 * @param subjectId subject
 * @param courseNumber course number
 * @param scale canonical scale id
 * @param scaleVersion version of the scale definition (from the registry)
 * @param endpoint {@code time_to_response}, {@code time_to_remission} or {@code durability}
 * @param relapseRule durability: {@code loss_of_response} or {@code threshold}; null for time to
 *     response
 * @param isPrimary true for time to response and for the durability row of the configured {@code
 *     relapse_rule}; false for the durability row of the other rule (a sensitivity analysis)
 * @param criterionDefinition the event criterion in words with its thresholds: the response
 *     definition, or the relapse definition including its confirmation rule
 * @param originDay day where time starts: course first infusion day (time to response) or course
 *     last infusion day (durability)
 * @param endDay day of the event or of censoring
 * @param timeDays {@code end_day - origin_day}
 * @param cnsr 0 event, 1 censored
 * @param eventDescription what decided the row, in words
 * @param eventScore total of the deciding assessment, or null when an infusion decided
 * @param sourceTable {@code assessments} or {@code infusions}: the table of the deciding record
 * @param sourceFile source file of the deciding record
 * @param sourceLine source line of the deciding record
 */
public record TteRecord(
    String studyId,
    String siteId,
    String subjectId,
    int courseNumber,
    String scale,
    String scaleVersion,
    String endpoint,
    String relapseRule,
    boolean isPrimary,
    String criterionDefinition,
    int originDay,
    int endDay,
    int timeDays,
    int cnsr,
    String eventDescription,
    Double eventScore,
    String sourceTable,
    String sourceFile,
    long sourceLine)
    implements Serializable {
  public static final String TIME_TO_RESPONSE = "time_to_response";
  public static final String DURABILITY = "durability";
  public static final String TIME_TO_REMISSION = "time_to_remission";
}
