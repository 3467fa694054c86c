package org.infusionoutcomes.ingest.canonical;

import java.io.Serializable;

/**
 * One medication record: a row of the canonical {@code medications} table (docs/formats.md,
 * "Medications"). Dates are kept as the source gives them, possibly partial ({@code 2023}, {@code
 * 2023-11}), because the course factors place a partial start at the first day it allows and a
 * partial end at the last (docs/definitions.md, "Who responds: course factors"); they read this
 * table by column name.
 *
 * @param studyId study
 * @param siteId site, or null
 * @param subjectId subject
 * @param drug the name as reported (generic {@code drug}, SDTM {@code CMTRT})
 * @param decod the standardised name (SDTM {@code CMDECOD}), or null
 * @param drugClass the medication class as written (SDTM {@code CMCLAS}), or null
 * @param startDate ISO 8601 start date, possibly partial, without a time of day; or null
 * @param startDay SDTM study day of the start (no day 0), or null
 * @param endDate ISO 8601 end date, possibly partial, without a time of day; or null
 * @param endDay SDTM study day of the end, or null
 * @param ongoing whether the medication continues past the end of the record ({@code ongoing = Y},
 *     SDTM {@code CMENRTPT = ONGOING})
 * @param dose dose per administration, or null
 * @param doseUnit unit of the dose as written, or null
 * @param route route as written, or null
 * @param frequency dosing frequency as written ({@code QD}, {@code PRN} ...), or null
 * @param sourceFormat the format id of the file
 * @param sourceFile the file
 * @param sourceLine the line
 */
public record Medication(
    String studyId,
    String siteId,
    String subjectId,
    String drug,
    String decod,
    String drugClass,
    String startDate,
    Integer startDay,
    String endDate,
    Integer endDay,
    boolean ongoing,
    Double dose,
    String doseUnit,
    String route,
    String frequency,
    String sourceFormat,
    String sourceFile,
    long sourceLine)
    implements Serializable {}
