package org.infusionoutcomes.ingest.sdtm;

import java.util.Arrays;
import java.util.List;

/**
 * One record of an SDTM QS or RS CSV file: an item or total of a scale, its result as original,
 * standard character and standard numeric value.
 *
 * @param studyId STUDYID
 * @param domain DOMAIN, {@code QS} or {@code RS}
 * @param subjectId USUBJID
 * @param seq --SEQ
 * @param testCode --TESTCD
 * @param test --TEST
 * @param category --CAT
 * @param result --ORRES, --STRESC and --STRESN, or null
 * @param status --STAT ({@code NOT DONE}), or null
 * @param visitNum VISITNUM, or null
 * @param visit VISIT, or null
 * @param dateTime --DTC, or null
 * @param studyDay --DY, or null
 */
public record SdtmResultRow(
    String studyId,
    String domain,
    String subjectId,
    int seq,
    String testCode,
    String test,
    String category,
    String result,
    String status,
    Integer visitNum,
    String visit,
    String dateTime,
    Integer studyDay) {

  /** The header of a file of {@code domain}, in the order of {@link #values}. */
  public static List<String> header(String domain) {
    String d = domain;
    return List.of(
        "STUDYID",
        "DOMAIN",
        "USUBJID",
        d + "SEQ",
        d + "TESTCD",
        d + "TEST",
        d + "CAT",
        d + "ORRES",
        d + "STRESC",
        d + "STRESN",
        d + "STAT",
        "VISITNUM",
        "VISIT",
        d + "DTC",
        d + "DY");
  }

  /** The values of the record, in the order of {@link #header}; null for an empty cell. */
  public List<Object> values() {
    return Arrays.asList(
        studyId, domain, subjectId, seq, testCode, test, category, result, result, result, status,
        visitNum, visit, dateTime, studyDay);
  }
}
