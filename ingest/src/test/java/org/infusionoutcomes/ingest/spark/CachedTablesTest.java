package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.spark.CachedTables.Table;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class CachedTablesTest {

  /** A source element that gives several rows of one table and at most one of another. */
  record Person(String name, int age, List<Visit> visits) implements Serializable {}

  record Visit(String name, int day, Double score) implements Serializable {}

  record Label(String name, String label) implements Serializable {}

  private static final RecordRowCodec<Visit> VISIT = RecordRowCodec.of(Visit.class);
  private static final RecordRowCodec<Label> LABEL = RecordRowCodec.of(Label.class);

  private static JavaRDD<Person> people(SparkSession spark) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String name = "P" + i;
      List<Visit> visits =
          IntStream.range(0, i % 4)
              .mapToObj(d -> new Visit(name, d + 1, d == 0 ? null : d * 1.5))
              .toList();
      people.add(new Person(name, 20 + i, visits));
    }
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(people, 3);
  }

  @Test
  void everyTableEqualsTheTableWrittenFromTheRecordsDirectly() {
    SparkSession spark = SharedSpark.get();
    JavaRDD<Person> source = people(spark);
    try (CachedTables tables =
        CachedTables.of(
            spark,
            source,
            new Table<Person, Visit>("visits", VISIT, p -> p.visits().iterator()),
            Table.one(
                "labels",
                LABEL,
                p -> p.age() % 3 == 0 ? new Label(p.name(), "age " + p.age()) : null))) {
      Dataset<Row> visits = tables.table("visits");
      Dataset<Row> direct = VISIT.toDataFrame(spark, source.flatMap(p -> p.visits().iterator()));
      assertThat(visits.schema()).isEqualTo(VISIT.schema());
      assertThat(visits.schema().apply("day").nullable()).isFalse();
      assertThat(visits.collectAsList())
          .containsExactlyInAnyOrderElementsOf(direct.collectAsList());
      assertThat(visits.count()).isEqualTo(73);

      Dataset<Row> labels = tables.table("labels");
      assertThat(labels.schema()).isEqualTo(LABEL.schema());
      assertThat(labels.collectAsList())
          .extracting(r -> r.getString(1))
          .containsExactlyInAnyOrder(
              IntStream.range(0, 50)
                  .filter(i -> (20 + i) % 3 == 0)
                  .mapToObj(i -> "age " + (20 + i))
                  .toArray(String[]::new));

      assertThat(tables.counts()).containsEntry("visits", 73L).containsEntry("labels", 17L);
      assertThatThrownBy(() -> tables.table("nope"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nope");
    }
  }

  @Test
  void theSourceIsComputedOnceForAllTables() {
    SparkSession spark = SharedSpark.get();
    org.apache.spark.util.LongAccumulator calls = spark.sparkContext().longAccumulator("calls");
    JavaRDD<Person> source =
        people(spark)
            .map(
                p -> {
                  calls.add(1);
                  return p;
                });
    try (CachedTables tables =
        CachedTables.of(
            spark,
            source,
            new Table<Person, Visit>("visits", VISIT, p -> p.visits().iterator()),
            Table.one("labels", LABEL, p -> new Label(p.name(), "x")))) {
      tables.counts();
      tables.table("visits").count();
      tables.table("labels").collectAsList();
    }
    assertThat(calls.value()).isEqualTo(50L);
  }
}
