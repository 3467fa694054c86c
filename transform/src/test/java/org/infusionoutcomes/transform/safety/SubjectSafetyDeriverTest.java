package org.infusionoutcomes.transform.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.canonicalInfusion;
import static org.infusionoutcomes.transform.safety.SafetyFixtures.vital;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infusionoutcomes.ingest.canonical.AdverseEvent;
import org.infusionoutcomes.ingest.canonical.Assessment;
import org.infusionoutcomes.ingest.canonical.Infusion;
import org.infusionoutcomes.ingest.canonical.VitalSign;
import org.infusionoutcomes.ingest.scale.ScaleRegistry;
import org.infusionoutcomes.transform.derive.SubjectDerivation;
import org.infusionoutcomes.transform.derive.SubjectDeriver;
import org.infusionoutcomes.transform.settings.DeriveSettings;
import org.infusionoutcomes.transform.settings.SafetySettings;
import org.junit.jupiter.api.Test;

class SubjectSafetyDeriverTest {
  private static final ScaleRegistry REGISTRY = ScaleRegistry.shipped();

  // course 1: days 100, 102 (twice, collapsed), 104; course 2 starts day 150 (gap > 21 days)
  private final List<Infusion> infusions =
      List.of(
          canonicalInfusion(100, "10:00"),
          canonicalInfusion(102, "10:00"),
          canonicalInfusion(102, "10:00"),
          canonicalInfusion(104, "10:00"),
          canonicalInfusion(150, "09:00"));

  private SubjectSafety derive(
      List<VitalSign> vitals,
      List<CadssRating> cadss,
      List<AdverseEvent> aes,
      List<Assessment> scores) {
    SubjectDerivation d =
        new SubjectDeriver(DeriveSettings.defaults(REGISTRY), REGISTRY).derive(scores, infusions);
    return new SubjectSafetyDeriver(SafetySettings.defaults())
        .derive(
            infusions,
            d.courses(),
            vitals,
            cadss,
            aes,
            scores,
            d.visitOutcomes(),
            d.courseOutcomes());
  }

  @Test
  void infusionsAreNumberedWithinTheirCourseIdenticalOnesCollapsed() {
    SubjectDerivation d =
        new SubjectDeriver(DeriveSettings.defaults(REGISTRY), REGISTRY)
            .derive(List.of(), infusions);
    List<SafetyInfusion> n = SubjectSafetyDeriver.number(infusions, d.courses());
    assertThat(n)
        .extracting(i -> i.courseNumber() + "/" + i.infusionNumber() + "@" + i.day())
        .containsExactly("1/1@100", "1/2@102", "1/3@104", "2/1@150");
  }

  @Test
  void readingsArePlacedAndSummarisedPerInfusionAndTest() {
    SubjectSafety s =
        derive(
            List.of(
                vital("SYSBP", 120, 102, "09:50", null),
                vital("SYSBP", 150, 102, "10:40", null),
                vital("SYSBP", 121, 103, "10:40", null),
                vital("SYSBP", 118, 150, null, 35)),
            List.of(
                new CadssRating(
                    "KET-01", null, "S-001", 100, LocalTime.of(10, 40), 40, 18, "qs.csv", 9)),
            List.of(),
            List.of());
    assertThat(s.readings())
        .extracting(SafetyReading::placement)
        .containsExactly(
            Placement.PLACED,
            Placement.PLACED,
            Placement.NO_INFUSION,
            Placement.PLACED,
            Placement.PLACED);
    assertThat(s.infusionSafety())
        .extracting(
            r ->
                r.courseNumber()
                    + "/"
                    + r.infusionNumber()
                    + " "
                    + r.test()
                    + " "
                    + r.pre()
                    + "->"
                    + r.peak()
                    + " @"
                    + r.timeToPeakMinutes())
        .containsExactly(
            "1/1 CADSS null->18.0 @40", "1/2 SYSBP 120.0->150.0 @40", "2/1 SYSBP null->118.0 @35");
  }

  @Test
  void adverseEventsGetTheirCourse() {
    SubjectSafety s =
        derive(
            List.of(),
            List.of(),
            List.of(
                SafetyFixtures.ae("dizziness", null, LocalDate.ofEpochDay(101)),
                SafetyFixtures.ae("nausea", null, LocalDate.ofEpochDay(160))),
            List.of());
    assertThat(s.adverseEvents())
        .extracting(AdverseEventCourse::courseNumber)
        .containsExactly(1, 2);
  }

  @Test
  void suicidalityUsesTheBaselineAndInCourseAssessmentsOfTheDeriveStage() {
    List<Assessment> scores =
        List.of(
            SuicidalityRuleTest.withItem("MADRS", 99, 1),
            SuicidalityRuleTest.withItem("MADRS", 103, 3),
            SuicidalityRuleTest.withItem("MADRS", 106, 4),
            // follow-up (after last infusion + 7 days, before course 2): not in course
            SuicidalityRuleTest.withItem("MADRS", 130, 6));
    SubjectSafety s = derive(List.of(), List.of(), List.of(), scores);
    assertThat(s.suicidality()).hasSize(1);
    CourseSuicidality c = s.suicidality().get(0);
    assertThat(c.courseNumber()).isEqualTo(1);
    assertThat(c.scale()).isEqualTo("MADRS");
    assertThat(c.baselineItem()).isEqualTo(1);
    assertThat(c.worstItem()).isEqualTo(4);
    assertThat(c.worstCategory()).isEqualTo("4-6");
    assertThat(c.worsened()).isTrue();
  }
}
