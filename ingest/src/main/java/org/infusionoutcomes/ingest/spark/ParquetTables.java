package org.infusionoutcomes.ingest.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes and reads the pipeline's Parquet tables. Writing is deterministic: rows are sorted by the
 * table's key, split into as few files as the row count needs, and the files get stable names
 * ({@code part-00000.snappy.parquet}), so the same inputs give the same files.
 *
 * <p>Reading a table back in the process that wrote it takes the schema it was written with instead
 * of inferring it: inference reads a file footer in a Spark job of its own, and a run reads its
 * tables back some thirty times (docs/benchmarks.md). The schema is used only while the table's
 * files are exactly those written (same names, sizes and times); otherwise it is inferred.
 */
public final class ParquetTables {
  /** Rows per output file before a table is split into several files. */
  static final long ROWS_PER_FILE = 2_000_000L;

  private static final Pattern PART =
      Pattern.compile("^(part-\\d{5})-.*?(\\.[a-z0-9]+)?\\.parquet$");

  private ParquetTables() {}

  /** A table this process wrote: its schema and its files (name to size and time) after writing. */
  private record Written(StructType schema, Map<String, String> files) {}

  private static final Map<Path, Written> WRITTEN = new ConcurrentHashMap<>();

  /**
   * Writes {@code table} to {@code path}, replacing what was there, sorted by {@code keys}.
   *
   * @return the number of rows written
   */
  public static long write(Dataset<Row> table, String path, String... keys) {
    return write(table, table.count(), path, keys);
  }

  /**
   * Writes a table whose row count is already known (saves a pass over the data). A table that fits
   * one file is sorted in a single task without sampling or shuffle; a larger one is range
   * partitioned by its key.
   */
  public static long write(Dataset<Row> table, long rows, String path, String... keys) {
    int files = (int) Math.max(1, Math.min(10_000, (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
    Column[] cols = Arrays.stream(keys).map(functions::col).toArray(Column[]::new);
    Dataset<Row> sorted =
        files == 1
            ? table.coalesce(1).sortWithinPartitions(cols)
            : table.repartitionByRange(files, cols).sortWithinPartitions(cols);
    SparkSession spark = table.sparkSession();
    Path dir = new Path(path);
    WRITTEN.remove(qualified(spark, dir));
    sorted.write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(path);
    stabiliseNames(spark, path);
    WRITTEN.put(qualified(spark, dir), new Written(sorted.schema(), files(spark, dir)));
    return rows;
  }

  /**
   * Reads a Parquet table: with the schema it was written with when this process wrote it with
   * {@link #write} and its files are unchanged since, otherwise with the schema in its files.
   */
  public static Dataset<Row> read(SparkSession spark, String path) {
    Path dir = new Path(path);
    Written w = WRITTEN.get(qualified(spark, dir));
    if (w != null && w.files().equals(files(spark, dir))) {
      return spark.read().schema(w.schema()).parquet(path);
    }
    return spark.read().parquet(path);
  }

  private static Path qualified(SparkSession spark, Path dir) {
    try {
      return dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The files of a table directory: name to size and modification time (empty if absent). */
  private static Map<String, String> files(SparkSession spark, Path dir) {
    Map<String, String> out = new TreeMap<>();
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(dir)) {
        return out;
      }
      for (FileStatus s : fs.listStatus(dir)) {
        out.put(s.getPath().getName(), s.getLen() + "@" + s.getModificationTime());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void stabiliseNames(SparkSession spark, String path) {
    Path dir = new Path(path);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus s : fs.listStatus(dir)) {
        Matcher m = PART.matcher(s.getPath().getName());
        if (m.matches()) {
          String name = m.group(1) + (m.group(2) == null ? "" : m.group(2)) + ".parquet";
          Path target = new Path(dir, name);
          if (!target.equals(s.getPath()) && !fs.rename(s.getPath(), target)) {
            throw new IOException("cannot rename " + s.getPath() + " to " + target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish writing " + path + ": " + e.getMessage(), e);
    }
  }
}
