package org.infusionoutcomes.ingest.read;

import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.Origin;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.infusionoutcomes.ingest.time.RecordTime;
import org.infusionoutcomes.ingest.value.VitalTests;

/**
 * The observations every reader builds from a parsed time ({@link RecordTime}) and parsed values:
 * one place, so that the same fields become the same observation in every format. (Here, above
 * {@code time} and {@code value}, because the time parsing itself uses {@code value}.)
 */
public final class Observations {
  private Observations() {}

  /**
   * The observation of an infusion given at {@code time}: every reader builds its infusion
   * observations here.
   *
   * @param study study
   * @param site site, or null
   * @param subject subject
   * @param time date, study day and time of day of the infusion
   * @param mgPerKg dose in mg/kg, or null
   * @param mg dose in mg, or null
   * @param route route, or null
   * @param drug drug, or null
   * @param course course label, or null
   * @param origin where the record came from
   */
  public static InfusionObservation infusion(
      String study,
      String site,
      String subject,
      RecordTime time,
      Double mgPerKg,
      Double mg,
      String route,
      String drug,
      String course,
      Origin origin) {
    return new InfusionObservation(
        study,
        site,
        subject,
        time.date(),
        time.studyDay(),
        time.time(),
        mgPerKg,
        mg,
        route,
        drug,
        course,
        origin);
  }

  /**
   * The observation of a reading of {@code test} taken at {@code time}: every reader builds its
   * vital-sign observations here.
   *
   * @param study study
   * @param site site, or null
   * @param subject subject
   * @param test the test read
   * @param reading the value in the test's canonical unit ({@link VitalTests#canonical})
   * @param time date, study day and time of day of the reading
   * @param minutesFromStart minutes from the infusion start, or null
   * @param position body position, or null
   * @param origin where the record came from
   */
  public static VitalObservation vital(
      String study,
      String site,
      String subject,
      VitalTests.Test test,
      VitalTests.Reading reading,
      RecordTime time,
      Integer minutesFromStart,
      String position,
      Origin origin) {
    return new VitalObservation(
        study,
        site,
        subject,
        test.code(),
        reading.value(),
        reading.unit(),
        time.date(),
        time.studyDay(),
        time.time(),
        minutesFromStart,
        position,
        origin);
  }

  /**
   * The observation of one value of a scale (an item answer or a reported total) taken at {@code
   * time}: every reader builds its score observations here.
   *
   * @param study study
   * @param site site, or null
   * @param subject subject
   * @param scale canonical scale id
   * @param item 1..N, or {@link org.infusionoutcomes.ingest.scale.ItemRef#TOTAL}
   * @param value the value as written, or null
   * @param valueColumn the column (or field) the value came from
   * @param time date, study day and time of day of the assessment
   * @param visit visit label, or null
   * @param origin where the record came from
   * @param minutesFromStart minutes from the infusion start, or null
   */
  public static ScoreObservation score(
      String study,
      String site,
      String subject,
      String scale,
      int item,
      String value,
      String valueColumn,
      RecordTime time,
      String visit,
      Origin origin,
      Integer minutesFromStart) {
    return new ScoreObservation(
        study,
        site,
        subject,
        scale,
        item,
        value,
        valueColumn,
        time.date(),
        time.studyDay(),
        time.time(),
        visit,
        origin,
        minutesFromStart);
  }
}
