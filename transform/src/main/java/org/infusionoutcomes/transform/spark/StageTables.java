package org.infusionoutcomes.transform.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.infusionoutcomes.ingest.layout.OutputLayout;
import org.infusionoutcomes.ingest.spark.CachedTables;
import org.infusionoutcomes.ingest.spark.ParquetTables;
import org.infusionoutcomes.ingest.spark.RecordRowCodec;
import org.slf4j.Logger;

/**
 * How the derive, safety and analysis stages read the tables of an earlier stage and write their
 * derived tables.
 */
public final class StageTables {
  private StageTables() {}

  /** Whether a table (or any file) exists at {@code path}. */
  public static boolean exists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + path, e);
    }
  }

  /** Reads a table written by an earlier stage with the columns of {@code codec}, in its order. */
  public static Dataset<Row> read(SparkSession spark, String path, RecordRowCodec<?> codec) {
    return ParquetTables.read(spark, path).select(columns(codec));
  }

  /** The columns of {@code codec}, by name, in its order. */
  public static Column[] columns(RecordRowCodec<?> codec) {
    return Arrays.stream(codec.schema().fieldNames()).map(functions::col).toArray(Column[]::new);
  }

  /**
   * Writes the derived tables under {@code <out>/derived/}, logging {@code doing} before and {@code
   * summary} with the row counts of the {@code counted} tables after.
   *
   * @return rows written per derived table
   */
  static Map<String, Long> writeDerived(
      CachedTables tables,
      OutputLayout layout,
      Logger log,
      String doing,
      String summary,
      String... counted) {
    log.info(doing);
    Map<String, Long> written = tables.write(layout::derived);
    log.info(summary, Arrays.stream(counted).map(written::get).toArray());
    return written;
  }
}
