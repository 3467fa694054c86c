package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.detect.FormatDetector;
import org.infusionoutcomes.ingest.format.SinkRecorder;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.AdverseEventObservation;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;

/** The generic vitals and adverse_events CSVs and minutes_from_start on generic scores. */
class GenericSafetyReadersTest {
  private static final String VITALS =
      "study_id,site_id,subject_id,test,value,unit,measured_date,study_day,measured_time,minutes_from_start,position\n";
  private static final String AES =
      "study_id,subject_id,term,preferred_term,body_system,severity,serious,related,start_date,start_day,end_date,end_day\n";

  private static SinkRecorder vitals(String rows) {
    return SinkRecorder.read(SourceFormat.GENERIC_VITALS, "vitals.csv", VITALS + rows);
  }

  private static SinkRecorder aes(String rows) {
    return SinkRecorder.read(SourceFormat.GENERIC_ADVERSE_EVENTS, "adverse_events.csv", AES + rows);
  }

  @Test
  void filesAreDetectedByTheirHeader() {
    assertThat(FormatDetector.detect("data1.csv", VITALS.getBytes()).format())
        .isEqualTo(SourceFormat.GENERIC_VITALS);
    assertThat(FormatDetector.detect("data2.csv", AES.getBytes()).format())
        .isEqualTo(SourceFormat.GENERIC_ADVERSE_EVENTS);
    // site_id alone would make a subjects file: the vital-sign columns decide first
    assertThat(
            FormatDetector.detect("x.csv", "study_id,site_id,subject_id,test,value\n".getBytes())
                .format())
        .isEqualTo(SourceFormat.GENERIC_VITALS);
  }

  @Test
  void vitalRowKeepsEveryFieldInCanonicalUnits() {
    SinkRecorder r =
        vitals(
            "K1,A,P1,sysbp,142,mmHg,2024-01-03,,10:40,40,supine\n"
                + "K1,A,P1,WEIGHT,154,lb,,3,,,\n");

    assertThat(r.rejects()).isEmpty();
    VitalObservation v = r.vitals().get(0);
    assertThat(v.test()).isEqualTo("SYSBP");
    assertThat(v.value()).isEqualTo(142.0);
    assertThat(v.unit()).isEqualTo("mmHg");
    assertThat(v.date()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(v.time()).isEqualTo(LocalTime.of(10, 40));
    assertThat(v.minutesFromStart()).isEqualTo(40);
    assertThat(v.position()).isEqualTo("supine");
    assertThat(v.siteId()).isEqualTo("A");
    assertThat(v.origin().line()).isEqualTo(2);
    VitalObservation w = r.vitals().get(1);
    assertThat(w.value()).isEqualTo(154 * 0.45359237);
    assertThat(w.unit()).isEqualTo("kg");
    assertThat(w.studyDay()).isEqualTo(3);
    assertThat(w.minutesFromStart()).isNull();
  }

  @Test
  void badVitalRowsAreRejectedByRuleAndTheRestIsRead() {
    SinkRecorder r =
        vitals(
            "K1,A,P1,SYSBP,142,kPa,2024-01-03,,,,\n"
                + "K1,A,P1,SYSBP,420,mmHg,2024-01-03,,,,\n"
                + "K1,A,P1,GLUC,5,mmol/L,2024-01-03,,,,\n"
                + "K1,A,P1,PULSE,80,,2024-01-03,,,forty,\n"
                + "K1,A,P1,PULSE,,,2024-01-03,,,,\n"
                + "K1,A,P1,PULSE,80,,,,,,\n"
                + "K1,A,P1,PULSE,81,,2024-01-03,,,-15,\n");

    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column, x -> x.origin().line())
        .containsExactly(
            tuple(RejectRule.INVALID_UNIT, "unit", 2L),
            tuple(RejectRule.IMPLAUSIBLE_VALUE, "value", 3L),
            tuple(RejectRule.UNKNOWN_ITEM, "test", 4L),
            tuple(RejectRule.INVALID_DURATION, "minutes_from_start", 5L),
            tuple(RejectRule.MISSING_REQUIRED_VALUE, "value", 6L),
            tuple(RejectRule.MISSING_TIME, "measured_date", 7L));
    assertThat(r.rejects().get(1).reason())
        .isEqualTo(
            "SYSBP 420 mmHg is outside the plausible range 50-300 mmHg; correct the value or remove the record");
    assertThat(r.rejects().get(0).origin().rawRecord())
        .isEqualTo("K1,A,P1,SYSBP,142,kPa,2024-01-03,,,,");
    assertThat(r.vitals()).extracting(VitalObservation::minutesFromStart).containsExactly(-15);
  }

  @Test
  void vitalsFileWithoutDateOrDayIsRefused() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_VITALS,
            "vitals.csv",
            "study_id,subject_id,test,value\nK,P,PULSE,80\n");
    assertThat(r.onlyReject().rule()).isEqualTo(RejectRule.MISSING_REQUIRED_COLUMN);
    assertThat(r.vitals()).isEmpty();
  }

  @Test
  void adverseEventKeepsEveryField() {
    SinkRecorder r =
        aes(
            "K1,P1,felt spaced out,Dissociation,Psychiatric disorders,mild,N,PROBABLE,2024-01-03,,2024-01-03,\n");

    assertThat(r.rejects()).isEmpty();
    AdverseEventObservation a = r.adverseEvents().get(0);
    assertThat(a.term()).isEqualTo("felt spaced out");
    assertThat(a.preferredTerm()).isEqualTo("Dissociation");
    assertThat(a.bodySystem()).isEqualTo("Psychiatric disorders");
    assertThat(a.severity()).isEqualTo("MILD");
    assertThat(a.serious()).isFalse();
    assertThat(a.related()).isEqualTo("PROBABLE");
    assertThat(a.onsetDate()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(a.endDate()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(a.onsetUnknown()).isFalse();
  }

  @Test
  void partialOrEmptyOnsetKeepsTheEventWithAnUnknownOnset() {
    SinkRecorder r = aes("K1,P1,Nausea,,,,,,2024-01,,,\nK1,P1,Headache,,,,Y,,,,,\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.adverseEvents())
        .extracting(
            AdverseEventObservation::term,
            AdverseEventObservation::onsetUnknown,
            AdverseEventObservation::serious)
        .containsExactly(tuple("Nausea", true, null), tuple("Headache", true, true));
  }

  @Test
  void badAdverseEventValuesAreRejectedByRule() {
    SinkRecorder r =
        aes(
            "K1,P1,Nausea,,,terrible,,,2024-01-03,,,\n"
                + "K1,P1,Nausea,,,,maybe,,2024-01-03,,,\n"
                + "K1,P1,Nausea,,,,,,2024-13-45,,,\n"
                + "K1,P1,,,,,,,2024-01-03,,,\n"
                + "K1,P1,Nausea,,,,,,,0,,\n");

    assertThat(r.rejects())
        .extracting(Reject::rule, Reject::column)
        .containsExactly(
            tuple(RejectRule.INVALID_VALUE_TYPE, "severity"),
            tuple(RejectRule.INVALID_VALUE_TYPE, "serious"),
            tuple(RejectRule.INVALID_DATE, "start_date"),
            tuple(RejectRule.MISSING_REQUIRED_VALUE, "term"),
            tuple(RejectRule.INVALID_STUDY_DAY, "start_day"));
    assertThat(r.adverseEvents()).isEmpty();
  }

  @Test
  void scoresCarryMinutesFromStart() {
    SinkRecorder r =
        SinkRecorder.read(
            SourceFormat.GENERIC_SCORES,
            "scores.csv",
            "study_id,subject_id,instrument,item,score,assessment_date,minutes_from_start\n"
                + "K1,P1,CADSS,total,12,2024-01-03,40\n"
                + "K1,P1,CADSS,total,0,2024-01-03,-10\n"
                + "K1,P1,CADSS,total,1,2024-01-03,\n");

    assertThat(r.rejects()).isEmpty();
    assertThat(r.scores())
        .extracting(ScoreObservation::minutesFromStart)
        .containsExactly(40, -10, null);
  }
}
