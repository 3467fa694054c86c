package org.infusionoutcomes.transform.derive.factors;

import java.io.Serializable;

/**
 * One row of the canonical {@code medications} table as the course factors read it (by column name;
 * docs/formats.md lists the table).
 *
 * @param decod standardised name (SDTM CMDECOD), or null
 * @param reported reported name (SDTM CMTRT), or null
 * @param drug name of the generic medications CSV, or null
 * @param startDate ISO 8601 start date, possibly partial, or null
 * @param startDay SDTM study day of the start, or null
 * @param endDate ISO 8601 end date, possibly partial, or null
 * @param endDay SDTM study day of the end, or null
 * @param ongoing whether the medication continues past the end of the record
 */
public record MedicationEntry(
    String decod,
    String reported,
    String drug,
    String startDate,
    Integer startDay,
    String endDate,
    Integer endDay,
    boolean ongoing)
    implements Serializable {}
