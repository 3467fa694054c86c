package org.infusionoutcomes.transform.derive.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.infusionoutcomes.ingest.scale.ScaleDefinition;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.settings.FactorSettings;
import org.junit.jupiter.api.Test;

class CourseFactorRulesTest {
  private static final ScaleDefinition MADRS = ScaleRegistry.shipped().byId("MADRS").orElseThrow();

  @Test
  void titratedWhenDosesDifferWithinTheCourse() {
    assertThat(CourseFactorRules.titrated(List.of(0.5, 0.5, 0.75))).isEqualTo("yes");
    assertThat(CourseFactorRules.titrated(List.of(0.5, 0.5, 0.5))).isEqualTo("no");
    assertThat(CourseFactorRules.titrated(List.of(0.5))).isEqualTo("no");
    assertThat(CourseFactorRules.titrated(Arrays.asList(0.5, null, 0.75))).isEqualTo("yes");
    assertThat(CourseFactorRules.titrated(Arrays.asList(0.5, null))).isEqualTo("missing");
    assertThat(CourseFactorRules.titrated(Arrays.asList((Double) null))).isEqualTo("missing");
  }

  @Test
  void meanDoseIsOverTheKnownDoses() {
    assertThat(CourseFactorRules.meanDose(Arrays.asList(0.5, null, 1.0)))
        .isCloseTo(0.75, within(1e-12));
    assertThat(CourseFactorRules.meanDose(Arrays.asList((Double) null))).isNull();
  }

  @Test
  void baselineSeverityUsesTheScaleBands() {
    assertThat(CourseFactorRules.baselineSeverity(34.0, MADRS)).isEqualTo("moderate");
    assertThat(CourseFactorRules.baselineSeverity(35.0, MADRS)).isEqualTo("severe");
    assertThat(CourseFactorRules.baselineSeverity(null, MADRS)).isEqualTo("missing");
  }

  @Test
  void benzodiazepineOverlapsFirstToLastInfusionDay() {
    Optional<List<MedicationPeriod>> before = Optional.of(List.of(new MedicationPeriod(1, 9)));
    Optional<List<MedicationPeriod>> touching = Optional.of(List.of(new MedicationPeriod(1, 10)));
    Optional<List<MedicationPeriod>> after = Optional.of(List.of(new MedicationPeriod(21, null)));
    Optional<List<MedicationPeriod>> lastDay = Optional.of(List.of(new MedicationPeriod(20, 20)));
    assertThat(CourseFactorRules.benzodiazepine(before, 10, 20)).isEqualTo("no");
    assertThat(CourseFactorRules.benzodiazepine(touching, 10, 20)).isEqualTo("yes");
    assertThat(CourseFactorRules.benzodiazepine(after, 10, 20)).isEqualTo("no");
    assertThat(CourseFactorRules.benzodiazepine(lastDay, 10, 20)).isEqualTo("yes");
    assertThat(CourseFactorRules.benzodiazepine(Optional.of(List.of()), 10, 20)).isEqualTo("no");
    assertThat(CourseFactorRules.benzodiazepine(Optional.empty(), 10, 20)).isEqualTo("missing");
  }

  @Test
  void everyFactorOfOneCourse() {
    CourseFactorRules rules = new CourseFactorRules(FactorSettings.defaults());
    CourseFactors f =
        rules.factors(
            new CourseFactorRules.Inputs(
                "S1",
                "P1",
                2,
                "MADRS",
                "F",
                50,
                null,
                " ketamine 0.5 ",
                100,
                111,
                List.of(0.5, 0.75, 1.0, 1.0),
                31.0,
                MADRS,
                Optional.of(List.of(new MedicationPeriod(111, 111))),
                Optional.of(
                    List.of(
                        new VitalReading("WEIGHT", 81, 90), new VitalReading("HEIGHT", 180, 0)))));
    assertThat(f.sex()).isEqualTo("F");
    assertThat(f.ageBand()).isEqualTo("50-64");
    assertThat(f.meanDoseMgPerKg()).isCloseTo(0.8125, within(1e-12));
    assertThat(f.doseBand()).isEqualTo("0.75-<1.0");
    assertThat(f.titrated()).isEqualTo("yes");
    assertThat(f.nInfusions()).isEqualTo("4");
    assertThat(f.baselineSeverity()).isEqualTo("moderate");
    assertThat(f.benzodiazepine()).isEqualTo("yes");
    assertThat(f.bmi()).isCloseTo(25.0, within(1e-12));
    assertThat(f.bmiBand()).isEqualTo("25-<30");
    assertThat(f.siteId()).isEqualTo("missing");
    assertThat(f.arm()).isEqualTo("ketamine 0.5");
  }

  @Test
  void withoutVitalSignsBmiIsMissing() {
    CourseFactorRules rules = new CourseFactorRules(FactorSettings.defaults());
    CourseFactors f =
        rules.factors(
            new CourseFactorRules.Inputs(
                "S1",
                "P1",
                1,
                "MADRS",
                null,
                null,
                "01",
                null,
                1,
                1,
                List.of(0.5),
                null,
                MADRS,
                Optional.empty(),
                Optional.empty()));
    assertThat(f.bmiBand()).isEqualTo("missing");
    assertThat(f.benzodiazepine()).isEqualTo("missing");
    assertThat(f.sex()).isEqualTo("missing");
    assertThat(f.baselineSeverity()).isEqualTo("missing");
  }
}
