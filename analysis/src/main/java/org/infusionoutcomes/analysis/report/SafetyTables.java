package org.infusionoutcomes.analysis.report;

import java.util.List;

/**
 * The safety report tables (docs/report.md, "Safety"), in report order.
 *
 * @param vitalSigns {@code vital_signs.csv}
 * @param vitalSignsTimecourse {@code vital_signs_timecourse.csv}
 * @param dissociation {@code dissociation.csv}
 * @param adverseEvents {@code adverse_events.csv}
 * @param suicidality {@code suicidality.csv}
 * @param suicidalitySummary {@code suicidality_summary.csv}
 */
public record SafetyTables(
    List<VitalSignsRow> vitalSigns,
    List<VitalSignsTimecourseRow> vitalSignsTimecourse,
    List<DissociationRow> dissociation,
    List<AdverseEventRow> adverseEvents,
    List<SuicidalityShiftRow> suicidality,
    List<SuicidalitySummaryRow> suicidalitySummary) {
  public SafetyTables {
    vitalSigns = vitalSigns == null ? List.of() : List.copyOf(vitalSigns);
    vitalSignsTimecourse =
        vitalSignsTimecourse == null ? List.of() : List.copyOf(vitalSignsTimecourse);
    dissociation = dissociation == null ? List.of() : List.copyOf(dissociation);
    adverseEvents = adverseEvents == null ? List.of() : List.copyOf(adverseEvents);
    suicidality = suicidality == null ? List.of() : List.copyOf(suicidality);
    suicidalitySummary = suicidalitySummary == null ? List.of() : List.copyOf(suicidalitySummary);
  }

  /** No safety data. */
  public static SafetyTables empty() {
    return new SafetyTables(null, null, null, null, null, null);
  }

  /**
   * Whether any table has a row (else the report says there is no safety data). Not named {@code
   * isEmpty}: Jackson would write that into {@code summary.json} as a property.
   */
  public boolean hasRows() {
    return !(vitalSigns.isEmpty()
        && vitalSignsTimecourse.isEmpty()
        && dissociation.isEmpty()
        && adverseEvents.isEmpty()
        && suicidality.isEmpty()
        && suicidalitySummary.isEmpty());
  }
}
