package org.infusionoutcomes.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.infusionoutcomes.ingest.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTablesTest {

  /** Counts the Spark jobs started while it is registered. */
  private static final class JobCounter extends SparkListener {
    final AtomicInteger started = new AtomicInteger();

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      started.incrementAndGet();
    }
  }

  private static int jobsStartedBy(SparkSession spark, Runnable action) throws TimeoutException {
    JobCounter counter = new JobCounter();
    spark.sparkContext().listenerBus().waitUntilEmpty();
    spark.sparkContext().addSparkListener(counter);
    try {
      action.run();
      spark.sparkContext().listenerBus().waitUntilEmpty();
      return counter.started.get();
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }
  }

  @Test
  void aTableReadBackByTheWritingProcessHasTheSchemaInItsFilesWithoutASparkJob(@TempDir Path dir)
      throws TimeoutException {
    SparkSession spark = SharedSpark.get();
    String path = dir.resolve("table").toString();
    Dataset<Row> table =
        spark
            .range(7)
            .selectExpr(
                "id",
                "cast(id as int) as day",
                "if(id % 2 = 0, null, cast(id as string)) as name",
                "id * 1.5 as score",
                "timestamp_seconds(id * 86400) as at");
    ParquetTables.write(table, path, "id");

    Dataset<Row>[] read = new Dataset[1];
    assertThat(jobsStartedBy(spark, () -> read[0] = ParquetTables.read(spark, path))).isZero();
    Dataset<Row> inferred = spark.read().parquet(path);
    assertThat(read[0].schema()).isEqualTo(inferred.schema());
    assertThat(read[0].orderBy("id").collectAsList())
        .isEqualTo(inferred.orderBy("id").collectAsList())
        .hasSize(7);
  }

  @Test
  void aTableWhoseFilesChangedAfterWritingIsReadWithTheSchemaInItsNewFiles(@TempDir Path dir)
      throws TimeoutException {
    SparkSession spark = SharedSpark.get();
    String path = dir.resolve("table").toString();
    ParquetTables.write(spark.range(3).selectExpr("id", "id * 2 as twice"), path, "id");
    spark
        .range(4)
        .selectExpr("cast(id as string) as other")
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path);

    Dataset<Row>[] read = new Dataset[1];
    assertThat(jobsStartedBy(spark, () -> read[0] = ParquetTables.read(spark, path))).isPositive();
    assertThat(read[0].schema().fieldNames()).containsExactly("other");
    assertThat(read[0].count()).isEqualTo(4);
  }
}
