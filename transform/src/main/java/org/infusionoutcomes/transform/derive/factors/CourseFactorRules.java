package org.infusionoutcomes.transform.derive.factors;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.transform.settings.FactorSettings;

/**
 * The rules of the course factors (docs/definitions.md, "Who responds"), one method per factor so
 * each can be tested at its edges. Pure Java; the derive job only gathers the inputs.
 */
public final class CourseFactorRules implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Level of a yes/no factor that holds. */
  public static final String YES = "yes";

  /** Level of a yes/no factor that does not hold. */
  public static final String NO = "no";

  private final FactorSettings settings;

  public CourseFactorRules(FactorSettings settings) {
    this.settings = settings;
  }

  /**
   * The inputs of one subject x course x scale; {@code dosesMgPerKg} has one entry per infusion of
   * the course (null where the mg/kg dose is unknown).
   */
  public record Inputs(
      String studyId,
      String subjectId,
      int courseNumber,
      String scale,
      String sex,
      Integer age,
      String siteId,
      String arm,
      int courseFirstDay,
      int courseLastDay,
      List<Double> dosesMgPerKg,
      Double baselineTotal,
      ScaleDefinition scaleDefinition,
      Optional<List<MedicationPeriod>> benzodiazepinePeriods,
      Optional<List<VitalReading>> bodySize) {}

  /** The factors of one course. */
  public CourseFactors factors(Inputs in) {
    Double meanDose = meanDose(in.dosesMgPerKg());
    Optional<Double> bmi = in.bodySize().flatMap(r -> BodyMassIndex.at(r, in.courseFirstDay()));
    return new CourseFactors(
        in.studyId(),
        in.subjectId(),
        in.courseNumber(),
        in.scale(),
        text(in.sex()),
        Bands.age(in.age(), settings.ageBands()),
        Bands.dose(meanDose, settings.doseBands()),
        meanDose,
        titrated(in.dosesMgPerKg()),
        Integer.toString(in.dosesMgPerKg().size()),
        baselineSeverity(in.baselineTotal(), in.scaleDefinition()),
        benzodiazepine(in.benzodiazepinePeriods(), in.courseFirstDay(), in.courseLastDay()),
        Bands.bmi(bmi.orElse(null), settings.bmiBands()),
        bmi.orElse(null),
        text(in.siteId()),
        text(in.arm()));
  }

  /** Mean of the known mg/kg doses; null when none is known. */
  public static Double meanDose(List<Double> doses) {
    List<Double> known = doses.stream().filter(d -> d != null && Double.isFinite(d)).toList();
    if (known.isEmpty()) {
      return null;
    }
    return known.stream().mapToDouble(Double::doubleValue).sum() / known.size();
  }

  /**
   * {@code yes} when two known doses differ; {@code no} when every dose is known and equal (a
   * single infusion is not titrated); {@code missing} when the known doses are equal but some are
   * unknown, or none is known.
   */
  public static String titrated(List<Double> doses) {
    List<Double> known = doses.stream().filter(d -> d != null && Double.isFinite(d)).toList();
    if (known.isEmpty()) {
      return Bands.MISSING;
    }
    double first = known.get(0);
    // Doses are recorded to a few decimals; 1e-9 mg/kg apart is the same dose.
    if (known.stream().anyMatch(d -> Math.abs(d - first) > 1e-9)) {
      return YES;
    }
    return known.size() == doses.size() ? NO : Bands.MISSING;
  }

  /** The scale's severity band of the baseline total; {@code missing} without a baseline. */
  public static String baselineSeverity(Double baselineTotal, ScaleDefinition scale) {
    if (baselineTotal == null || scale == null) {
      return Bands.MISSING;
    }
    return scale.severityOf(baselineTotal).orElse(Bands.MISSING);
  }

  /**
   * {@code yes} when a benzodiazepine period overlaps {@code [firstDay, lastDay]}, else {@code no};
   * {@code missing} when the study has no medications input (empty optional).
   */
  public static String benzodiazepine(
      Optional<List<MedicationPeriod>> periods, int firstDay, int lastDay) {
    if (periods.isEmpty()) {
      return Bands.MISSING;
    }
    return periods.get().stream().anyMatch(p -> p.overlaps(firstDay, lastDay)) ? YES : NO;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? Bands.MISSING : value.trim();
  }
}
