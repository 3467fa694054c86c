package org.infusionoutcomes.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.infusionoutcomes.ingest.reject.FieldProblem;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.SubjectObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.Ages;
import org.infusionoutcomes.ingest.value.VitalTests;
import org.junit.jupiter.api.Test;

/** The observation factories the readers share: Observations and Ages. */
class ObservationsTest {
  private static final Origin ORIGIN = null;

  private static RecordTime time() {
    return RecordTime.parse("2024-01-08", "date", null, "day", "09:30", "time");
  }

  @Test
  void vitalObservationTakesTheCanonicalReadingAndTheTime() {
    VitalTests.Test test = VitalTests.test("weight").orElseThrow();
    VitalTests.Reading reading = VitalTests.canonical(test, "220", "value", "lb", "unit");

    VitalObservation v =
        Observations.vital("S1", "A", "P1", test, reading, time(), -5, "SITTING", ORIGIN);

    assertThat(v)
        .isEqualTo(
            new VitalObservation(
                "S1",
                "A",
                "P1",
                "WEIGHT",
                reading.value(),
                "kg",
                LocalDate.of(2024, 1, 8),
                null,
                LocalTime.of(9, 30),
                -5,
                "SITTING",
                ORIGIN));
  }

  @Test
  void infusionObservationTakesTheTime() {
    InfusionObservation i =
        Observations.infusion("S1", null, "P1", time(), 0.5, null, "IV", "ketamine", "1", ORIGIN);

    assertThat(i)
        .isEqualTo(
            new InfusionObservation(
                "S1",
                null,
                "P1",
                LocalDate.of(2024, 1, 8),
                null,
                LocalTime.of(9, 30),
                0.5,
                null,
                "IV",
                "ketamine",
                "1",
                ORIGIN));
  }

  @Test
  void subjectObservationParsesTheAge() {
    SubjectObservation s =
        Ages.subject("S1", "P1", "A", "F", "41.9", "age", "ketamine", null, ORIGIN);

    assertThat(s)
        .isEqualTo(new SubjectObservation("S1", "P1", "A", "F", 41, "ketamine", null, ORIGIN));
    assertThatThrownBy(() -> Ages.subject("S1", "P1", "A", "F", "old", "age", null, null, ORIGIN))
        .isInstanceOf(FieldProblem.class);
  }
}
