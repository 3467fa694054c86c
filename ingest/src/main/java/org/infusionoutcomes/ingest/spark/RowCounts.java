package org.infusionoutcomes.ingest.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Several row counts of one table from a single Spark job. */
public final class RowCounts {
  private RowCounts() {}

  /**
   * Counts the rows of {@code table} in one pass: for each condition, the rows where it is true (as
   * {@code filter(condition).count()} would); a null condition counts every row.
   */
  public static long[] countWhere(Dataset<Row> table, Column... conditions) {
    Column[] sums = new Column[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      sums[i] = conditions[i] == null ? count(lit(1)) : count(when(conditions[i], lit(1)));
    }
    Row r = table.agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length)).head();
    long[] out = new long[conditions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.getLong(i);
    }
    return out;
  }
}
