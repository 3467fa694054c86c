package org.infusionoutcomes.transform.derive.factors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.Subject;
import org.infusionoutcomes.ingest.canonical.TimeAxis;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.derive.CourseOutcome;
import org.infusionoutcomes.transform.derive.SubjectDerivation;

/**
 * Gathers the inputs of {@link CourseFactorRules} for one subject: one {@link CourseFactors} per
 * course outcome (subject x course x scale) of its derivation.
 */
public final class CourseFactorBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CourseFactorRules rules;
  private final ScaleRegistry registry;
  private final Benzodiazepines benzodiazepines;

  public CourseFactorBuilder(
      CourseFactorRules rules, ScaleRegistry registry, Benzodiazepines benzodiazepines) {
    this.rules = rules;
    this.registry = registry;
    this.benzodiazepines = benzodiazepines;
  }

  /**
   * The factors of every course outcome of one subject.
   *
   * @param subject the subject's row, or null when the subjects table has none
   * @param infusions the subject's infusions
   * @param derivation the subject's derived courses and outcomes
   * @param medications the subject's medications; empty when the study has no medications input
   * @param bodySize the subject's WEIGHT/HEIGHT/BMI readings; empty when the study has none
   */
  public List<CourseFactors> build(
      Subject subject,
      List<Infusion> infusions,
      SubjectDerivation derivation,
      Optional<List<MedicationEntry>> medications,
      Optional<List<VitalReading>> bodySize) {
    TimeAxis axis =
        subject != null && subject.timeAxis() != null
            ? subject.timeAxis()
            : infusions.isEmpty() ? TimeAxis.DATE : infusions.get(0).timeAxis();
    LocalDate reference = subject == null ? null : subject.referenceDate();
    Optional<List<MedicationPeriod>> benzodiazepinePeriods =
        medications.map(
            list -> {
              List<MedicationPeriod> periods = new ArrayList<>();
              for (MedicationEntry m : list) {
                if (benzodiazepines.match(m.decod(), m.reported(), m.drug()).isPresent()) {
                  MedicationPeriod.resolve(
                          m.startDate(),
                          m.startDay(),
                          m.endDate(),
                          m.endDay(),
                          m.ongoing(),
                          axis,
                          reference)
                      .ifPresent(periods::add);
                }
              }
              return periods;
            });
    List<CourseFactors> out = new ArrayList<>();
    for (CourseOutcome o : derivation.courseOutcomes()) {
      List<Double> doses = new ArrayList<>();
      for (Infusion i : infusions) {
        if (i.day() >= o.courseFirstDay() && i.day() <= o.courseLastDay()) {
          doses.add(i.doseMgPerKg());
        }
      }
      out.add(
          rules.factors(
              new CourseFactorRules.Inputs(
                  o.studyId(),
                  o.subjectId(),
                  o.courseNumber(),
                  o.scale(),
                  subject == null ? null : subject.sex(),
                  subject == null ? null : subject.age(),
                  subject != null && subject.siteId() != null ? subject.siteId() : o.siteId(),
                  subject == null ? null : subject.arm(),
                  o.courseFirstDay(),
                  o.courseLastDay(),
                  doses,
                  o.base(),
                  registry.byId(o.scale()).orElse(null),
                  benzodiazepinePeriods,
                  bodySize)));
    }
    return out;
  }
}
