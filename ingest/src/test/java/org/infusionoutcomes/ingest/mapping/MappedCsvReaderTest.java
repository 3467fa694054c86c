package org.infusionoutcomes.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.infusionoutcomes.ingest.format.ReadBack;
import org.infusionoutcomes.ingest.reject.Reject;
import org.infusionoutcomes.ingest.reject.RejectRule;
import org.infusionoutcomes.ingest.source.InfusionObservation;
import org.infusionoutcomes.ingest.source.MappingRef;
import org.infusionoutcomes.ingest.source.ScoreObservation;
import org.infusionoutcomes.ingest.source.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvReaderTest {
  @TempDir Path dir;

  private ReadBack.Result read(String name, String data, String mapping) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, data);
    ReadBack.Result r =
        ReadBack.readFile(
            p, name, SourceFormat.MAPPED, "folder", new MappingRef("site.mapping.yaml", mapping));
    r.assertEveryRecordAccountedFor();
    return r;
  }

  @Test
  void longTableWithValueMapsUsDatesAndMissingTokens() throws IOException {
    String mapping =
        """
        study_id: CLINIC-2
        tables:
          - files: phq.tsv
            missing_values: [NA, "-"]
            subject_id: mrn_hash
            date: {column: visit, format: MM/dd/yyyy}
            scale: {value: PHQ-9}
            item: {column: question, values: {Q1: 1, Q2: 2, Q3: 3, Q4: 4, Q5: 5, Q6: 6, Q7: 7, Q8: 8, Q9: 9, TOTAL: total, Q10: null}}
            score: answer
            score_values: {Not at all: 0, Several days: 1, More than half the days: 2, Nearly every day: 3}
        """;
    String data =
        "mrn_hash\tvisit\tquestion\tanswer\n"
            + "h1\t03/14/2024\tQ1\tSeveral days\n"
            + "h1\t03/14/2024\tQ2\t2\n"
            + "h1\t03/14/2024\tQ3\tNA\n"
            + "h1\t03/14/2024\tTOTAL\t9\n"
            + "h1\t02/30/2024\tQ4\t1\n"
            + "h1\t03/14/2024\tQ11\t1\n"
            + "h1\t03/14/2024\tQ10\tSomewhat difficult\n";
    ReadBack.Result r = read("phq.tsv", data, mapping);
    assertThat(r.records()).isEqualTo(7);
    assertThat(r.sink().scores())
        .extracting(
            ScoreObservation::studyId,
            ScoreObservation::scale,
            ScoreObservation::item,
            ScoreObservation::value,
            ScoreObservation::date)
        .containsExactly(
            tuple("CLINIC-2", "PHQ9", 1, "1", LocalDate.of(2024, 3, 14)),
            tuple("CLINIC-2", "PHQ9", 2, "2", LocalDate.of(2024, 3, 14)),
            tuple("CLINIC-2", "PHQ9", 3, null, LocalDate.of(2024, 3, 14)),
            tuple("CLINIC-2", "PHQ9", 0, "9", LocalDate.of(2024, 3, 14)));
    assertThat(r.sink().rejects())
        .extracting(x -> x.origin().line(), Reject::rule, Reject::column)
        .containsExactly(
            tuple(6L, RejectRule.INVALID_DATE, "visit"),
            tuple(7L, RejectRule.INVALID_VALUE_TYPE, "question"),
            tuple(8L, RejectRule.MISSING_REQUIRED_VALUE, "question"));
  }

  @Test
  void whereSkipsRowsWithoutRejectingThem() throws IOException {
    String mapping =
        """
        tables:
          - files: "*.csv"
            where: {column: arm, in: [active]}
            subject_id: id
            study_day: {column: session, values: {pre: -1, post: 2}}
            visit: session
            scores: [{column: madrs, scale: MADRS, item: total}]
        """;
    String data =
        "id,arm,session,madrs\n1,active,pre,30\n1,active,post,12\n1,placebo,post,28\n2,active,pre,\n2,active,mid,20\n";
    ReadBack.Result r = read("t.csv", data, mapping);
    assertThat(r.records()).isEqualTo(5);
    assertThat(r.sink().scores())
        .extracting(ScoreObservation::studyDay, ScoreObservation::value, ScoreObservation::studyId)
        .containsExactly(tuple(-1, "30", "folder"), tuple(2, "12", "folder"));
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.origin().line()).isEqualTo(6);
              assertThat(x.rule()).isEqualTo(RejectRule.INVALID_VALUE_TYPE);
              assertThat(x.reason()).contains("'mid'", "tables[0].study_day");
            });
  }

  @Test
  void aColumnTheMappingNamesButTheFileLacksRefusesTheFile() throws IOException {
    String mapping =
        """
        tables:
          - files: t.csv
            subject_id: id
            date: when
            scores: [{column: q1, scale: PHQ9, item: 1}, {column: phq_total, scale: PHQ9, item: total}]
        """;
    ReadBack.Result r = read("t.csv", "id,when,q1,total\n1,2024-01-01,2,9\n", mapping);
    assertThat(r.records()).isZero();
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.INVALID_MAPPING);
              assertThat(x.column()).isEqualTo("phq_total");
              assertThat(x.origin().file()).endsWith("t.csv");
              assertThat(x.reason())
                  .contains("site.mapping.yaml", "'tables[0].scores[1].column'", "'phq_total'");
            });
  }

  @Test
  void infusionsWithConditionsAndConstants() throws IOException {
    String mapping =
        """
        tables:
          - files: t.csv
            subject_id: id
            date: given_on
            infusions:
              - when: {column: drug, in: [K]}
                drug: {value: ketamine}
                dose_mg_per_kg: dose
                time: at
        """;
    ReadBack.Result r =
        read(
            "t.csv",
            "id,given_on,at,drug,dose\n1,2024-01-01,09:00,K,0.5\n1,2024-01-08,09:00,S,\n1,,09:00,K,0.5\n",
            mapping);
    assertThat(r.sink().infusions())
        .extracting(
            InfusionObservation::drug, InfusionObservation::doseMgPerKg, InfusionObservation::date)
        .containsExactly(tuple("ketamine", 0.5, LocalDate.of(2024, 1, 1)));
    assertThat(r.sink().rejects())
        .singleElement()
        .extracting(Reject::rule)
        .isEqualTo(RejectRule.MISSING_TIME);
  }

  @Test
  void withoutAMappingTheFileIsRefused() throws IOException {
    Path p = dir.resolve("t.csv");
    Files.writeString(p, "a\n1\n");
    ReadBack.Result r = ReadBack.readFile(p, SourceFormat.MAPPED, "x", null);
    assertThat(r.sink().rejects())
        .singleElement()
        .extracting(Reject::rule)
        .isEqualTo(RejectRule.INVALID_MAPPING);
  }

  @Test
  void directIdentifierColumnsRefuseTheFileEvenWhenUnmapped() throws IOException {
    String mapping =
        "tables:\n  - files: t.csv\n    subject_id: id\n    study_day: d\n    scores: [{column: m, scale: MADRS, item: total}]\n";
    ReadBack.Result r = read("t.csv", "id,d,m,email\n1,1,20,x@y.org\n", mapping);
    assertThat(r.sink().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo(RejectRule.DIRECT_IDENTIFIER);
              assertThat(x.column()).isEqualTo("email");
            });
  }
}
