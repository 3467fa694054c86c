package org.infusionoutcomes.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.infusionoutcomes.analysis.rates.WilsonInterval;
import org.infusionoutcomes.analysis.report.AdverseEventRow;
import org.infusionoutcomes.analysis.report.SuicidalityShiftRow;
import org.infusionoutcomes.analysis.report.SuicidalitySummaryRow;
import org.infusionoutcomes.analysis.report.VitalSignsRow;
import org.infusionoutcomes.transform.safety.AdverseEventCourse;
import org.infusionoutcomes.transform.safety.CourseSuicidality;
import org.infusionoutcomes.transform.safety.InfusionSafety;
import org.junit.jupiter.api.Test;

class SafetySummariesTest {
  private static InfusionSafety row(
      String subject, String test, Double pre, Double peak, Boolean ex) {
    return new InfusionSafety(
        "S1",
        null,
        subject,
        1,
        1,
        100,
        null,
        test,
        pre,
        pre == null ? null : -5,
        peak,
        peak == null ? null : 30,
        pre == null || peak == null ? null : peak - pre,
        1,
        ex,
        null,
        "vs.csv",
        1);
  }

  private static CourseSuicidality course(
      String subject, Integer base, Integer worst, Integer oc, Boolean w, Boolean e, Boolean r) {
    return new CourseSuicidality(
        "S1",
        null,
        subject,
        1,
        "MADRS",
        base,
        worst,
        oc,
        org.infusionoutcomes.transform.safety.SuicidalityRule.category("MADRS", base),
        org.infusionoutcomes.transform.safety.SuicidalityRule.category("MADRS", worst),
        w,
        e,
        r);
  }

  @Test
  void binsAreFloorOf15MinuteSteps() {
    assertThat(SafetySummaries.bin(0)).isEqualTo(0);
    assertThat(SafetySummaries.bin(14)).isEqualTo(0);
    assertThat(SafetySummaries.bin(15)).isEqualTo(15);
    assertThat(SafetySummaries.bin(-1)).isEqualTo(-15);
    assertThat(SafetySummaries.bin(-15)).isEqualTo(-15);
    assertThat(SafetySummaries.bin(-16)).isEqualTo(-30);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SafetySummaries.median(new double[] {})).isNull();
    assertThat(SafetySummaries.median(new double[] {1, 5, 9})).isEqualTo(5.0);
    assertThat(SafetySummaries.median(new double[] {1, 5, 9, 10})).isEqualTo(7.0);
  }

  @Test
  void vitalSignsCountOnlyInfusionsWithAPeakAndSpo2ExtremeIsTheLowest() {
    VitalSignsRow r =
        SafetySummaries.vitalSigns(
            "S1",
            "SPO2",
            1,
            "1",
            List.of(
                row("A", "SPO2", 98.0, 91.0, true),
                row("B", "SPO2", null, 95.0, false),
                row("C", "SPO2", 97.0, null, null)));
    assertThat(r.nInfusions()).isEqualTo(2);
    assertThat(r.nSubjects()).isEqualTo(2);
    assertThat(r.meanPre()).isEqualTo(98.0);
    assertThat(r.meanChange()).isEqualTo(-7.0);
    assertThat(r.sdChange()).isNull();
    assertThat(r.maxPeak()).isEqualTo(91.0);
    assertThat(r.exceededN()).isEqualTo(1);
    assertThat(r.exceededCiLow()).isEqualTo(WilsonInterval.of(1, 2).low());
    VitalSignsRow resp =
        SafetySummaries.vitalSigns(
            "S1", "RESP", 1, "1", List.of(row("A", "RESP", 14.0, 20.0, null)));
    assertThat(resp.exceededN()).isNull();
    assertThat(resp.exceededRate()).isNull();
  }

  @Test
  void adverseEventsCountSubjectsOnceAndAddAnySeriousSevere() {
    AdverseEventCourse a1 =
        new AdverseEventCourse(
            "S1", "A", "n", "NAUSEA", "GI", "MILD", false, false, 101, "teae", 1, "ae.csv", 1);
    AdverseEventCourse a2 =
        new AdverseEventCourse(
            "S1", "A", "n", "NAUSEA", "GI", "SEVERE", true, true, 103, "teae", 1, "ae.csv", 2);
    AdverseEventCourse b1 =
        new AdverseEventCourse(
            "S1",
            "B",
            "h",
            "HEADACHE",
            "NERVOUS",
            "MILD",
            false,
            false,
            101,
            "teae",
            1,
            "ae.csv",
            3);
    List<AdverseEventRow> rows = SafetySummaries.adverseEvents("S1", 1, 4, List.of(a1, a2, b1));
    assertThat(rows)
        .extracting(
            r ->
                r.bodySystem()
                    + "/"
                    + r.preferredTerm()
                    + " "
                    + r.nSubjects()
                    + "/"
                    + r.nTreated()
                    + " "
                    + r.nEvents())
        .containsExactly(
            "GI/NAUSEA 1/4 2",
            "NERVOUS/HEADACHE 1/4 1",
            "ALL/ANY 2/4 3",
            "ALL/SERIOUS 1/4 1",
            "ALL/SEVERE 1/4 1");
    assertThat(rows.get(2).pct()).isCloseTo(50, within(1e-12));
    assertThat(rows.get(2).ciHigh()).isCloseTo(WilsonInterval.of(2, 4).high() * 100, within(1e-12));
    List<AdverseEventRow> none = SafetySummaries.adverseEvents("S1", 2, 3, List.of());
    assertThat(none)
        .extracting(AdverseEventRow::preferredTerm)
        .containsExactly("ANY", "SERIOUS", "SEVERE");
    assertThat(none.get(0).pct()).isEqualTo(0.0);
  }

  @Test
  void suicidalityDenominatorsAreTheirOwn() {
    List<CourseSuicidality> rows =
        List.of(
            course("A", 0, 2, 0, true, true, null),
            course("B", 0, 0, 0, false, false, null),
            course("C", 3, 4, 0, false, null, true),
            course("D", 5, 5, null, false, null, null),
            course("E", null, 2, 1, null, null, null));
    SuicidalitySummaryRow s = SafetySummaries.suicidalitySummary("S1", "MADRS", 1, rows);
    assertThat(s.n()).isEqualTo(4);
    assertThat(s.worsened()).isEqualTo(1);
    assertThat(s.emergentN()).isEqualTo(2);
    assertThat(s.emergent()).isEqualTo(1);
    assertThat(s.emergentRate()).isEqualTo(0.5);
    assertThat(s.resolvedN()).isEqualTo(1);
    assertThat(s.resolved()).isEqualTo(1);
    assertThat(s.resolvedCiHigh()).isEqualTo(1.0);
    List<SuicidalityShiftRow> shift = SafetySummaries.shift("S1", "MADRS", 1, rows);
    assertThat(shift).hasSize(9);
    assertThat(shift)
        .filteredOn(c -> c.n() > 0)
        .extracting(c -> c.baselineCategory() + ">" + c.worstCategory() + "=" + c.n())
        .containsExactly("0-1>0-1=1", "0-1>2-3=1", "2-3>4-6=1", "4-6>4-6=1");
  }
}
