package org.infusionoutcomes.ingest.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.infusionoutcomes.ingest.source.VitalObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own session sheet read through a mapping file with {@code vitals} columns. */
class MappedVitalsTest {
  @TempDir Path dir;

  private ReadBack.Result read(String data, String mapping) throws IOException {
    Path p = dir.resolve("session.csv");
    Files.writeString(p, data);
    ReadBack.Result r =
        ReadBack.readFile(
            p,
            "session.csv",
            SourceFormat.MAPPED,
            "folder",
            new MappingRef("site.mapping.yaml", mapping));
    r.assertEveryRecordAccountedFor();
    return r;
  }

  private static final String MAPPING =
      """
      study_id: CLINIC-3
      tables:
        - files: session.csv
          missing_values: [NA]
          subject_id: pid
          date: {column: day, format: MM/dd/yyyy}
          time: clock
          minutes_from_start: mins
          vitals:
            - {column: bp_sys, test: sysbp}
            - {column: bp_dia, test: DIABP}
            - {column: temp_f, test: TEMP, unit: F}
          scores:
            - {column: cadss, scale: CADSS, item: total}
      """;

  @Test
  void wideSessionSheetGivesReadingsAndPlacedRatings() throws IOException {
    ReadBack.Result r =
        read(
            "pid,day,clock,mins,bp_sys,bp_dia,temp_f,cadss\n"
                + "p1,03/14/2024,09:50,-10,128,80,98.6,0\n"
                + "p1,03/14/2024,10:40,40,152,NA,,21\n"
                + "p1,03/14/2024,11:00,60,500,85,,\n"
                + "p1,03/14/2024,12:00,two hours,130,80,,\n",
            MAPPING);

    assertThat(r.records()).isEqualTo(4);
    assertThat(r.sink().vitals())
        .extracting(
            VitalObservation::test,
            VitalObservation::value,
            VitalObservation::unit,
            VitalObservation::minutesFromStart)
        .containsExactly(
            tuple("SYSBP", 128.0, "mmHg", -10),
            tuple("DIABP", 80.0, "mmHg", -10),
            tuple("TEMP", 37.0, "C", -10),
            tuple("SYSBP", 152.0, "mmHg", 40));
    assertThat(r.sink().vitals().get(0).studyId()).isEqualTo("CLINIC-3");
    assertThat(r.sink().scores())
        .extracting(ScoreObservation::value, ScoreObservation::minutesFromStart)
        .containsExactly(tuple("0", -10), tuple("21", 40));
    assertThat(r.sink().rejects())
        .extracting(Reject::rule, Reject::column, x -> x.origin().line())
        .containsExactly(
            tuple(RejectRule.IMPLAUSIBLE_VALUE, "bp_sys", 4L),
            tuple(RejectRule.INVALID_DURATION, "mins", 5L));
  }

  @Test
  void aBadTestOrUnitInTheMappingRefusesTheFile() throws IOException {
    String data = "pid,day,bp\np1,03/14/2024,120\n";
    String base =
        """
        tables:
          - files: session.csv
            subject_id: pid
            date: {column: day, format: MM/dd/yyyy}
            vitals:
              - %s
        """;
    ReadBack.Result badTest = read(data, base.formatted("{column: bp, test: BP}"));
    assertThat(badTest.sink().onlyReject().rule()).isEqualTo(RejectRule.INVALID_MAPPING);
    assertThat(badTest.sink().onlyReject().reason()).contains("'BP' is not a vital-sign test");
    ReadBack.Result badUnit = read(data, base.formatted("{column: bp, test: SYSBP, unit: kPa}"));
    assertThat(badUnit.sink().onlyReject().rule()).isEqualTo(RejectRule.INVALID_MAPPING);
    assertThat(badUnit.sink().onlyReject().reason()).contains("unit 'kPa'");
    assertThat(badUnit.sink().vitals()).isEmpty();
  }
}
