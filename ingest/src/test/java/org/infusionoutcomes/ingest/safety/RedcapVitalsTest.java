package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;

class RedcapVitalsTest {
  private static final String HEADER =
      "record_id,redcap_event_name,redcap_repeat_instrument,redcap_repeat_instance,vitals_date,vitals_time,vitals_minutes,sbp,dbp,pulse,spo2,vitals_complete\n";

  @Test
  void repeatingVitalsInstrumentGivesOneReadingPerFilledField() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.REDCAP,
            "redcap_export.csv",
            HEADER
                + "101,infusion_1_arm_1,vitals,1,2024-01-03,09:45,-15,128,78,72,98,2\n"
                + "101,infusion_1_arm_1,vitals,2,2024-01-03,10:40,40,152,88,,,2\n"
                + "101,infusion_1_arm_1,vitals,3,2024-01-03,11:00,60,400,88,,,2\n"
                + "101,infusion_1_arm_1,vitals,4,2024-01-03,11:30,PT90M,140,,,,2\n"
                + "101,infusion_1_arm_1,vitals,5,,,,140,,,,2\n");

    assertThat(r.vitals())
        .extracting(
            VitalObservation::test, VitalObservation::value, VitalObservation::minutesFromStart)
        .containsExactly(
            tuple("DIABP", 78.0, -15),
            tuple("PULSE", 72.0, -15),
            tuple("SYSBP", 128.0, -15),
            tuple("SPO2", 98.0, -15),
            tuple("DIABP", 88.0, 40),
            tuple("SYSBP", 152.0, 40),
            tuple("SYSBP", 140.0, 90));
    VitalObservation v = r.vitals().get(0);
    assertThat(v.subjectId()).isEqualTo("101");
    assertThat(v.date()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(v.time()).isEqualTo(LocalTime.of(9, 45));
    assertThat(v.unit()).isEqualTo("mmHg");
    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column, x -> x.origin().line())
        .containsExactly(
            tuple(RejectRule.IMPLAUSIBLE_VALUE, "sbp", 4L),
            tuple(RejectRule.MISSING_TIME, "vitals_date", 6L));
  }

  @Test
  void aProjectWithOnlyVitalsIsRead() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.REDCAP,
            "r.csv",
            "record_id,vitals_date,pulse,vitals_complete\n7,2024-02-01,66,2\n");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.vitals()).singleElement().extracting(VitalObservation::test).isEqualTo("PULSE");
  }
}
