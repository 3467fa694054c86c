package org.infusionoutcomes.ingest.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.infusionoutcomes.ingest.layout.OutputLayout;

/**
 * Several tables that one pass over a Java RDD produces (for example, every derived table of a
 * subject's derivation), kept once in Spark's columnar cache so that each table can be counted and
 * written without running the pass again.
 *
 * <p>Why not persist the Java objects: Spark sizes a persisted partition of Java objects by walking
 * samples of their object graphs ({@code SizeEstimator}) as the partition grows, and a subject's
 * derivation is a large graph; on the benchmark that walk was most of the CPU time of the derive
 * stage (docs/benchmarks.md). Here every produced record becomes a row at once: one column per
 * table, a struct with that table's schema, null in the other columns. The columnar cache holds
 * those rows in batches whose size Spark knows without walking objects.
 */
public final class CachedTables implements AutoCloseable {
  private final SparkSession spark;
  private final Dataset<Row> rows;
  private final List<Table<?, ?>> tables;

  private CachedTables(SparkSession spark, Dataset<Row> rows, List<Table<?, ?>> tables) {
    this.spark = spark;
    this.rows = rows;
    this.tables = tables;
  }

  /**
   * One table: its name, the codec of its records and the records one source element gives.
   *
   * @param <S> the source element
   * @param <T> the table's record
   */
  public record Table<S, T extends Record>(
      String name, RecordRowCodec<T> codec, FlatMapFunction<S, T> records) implements Serializable {

    /** A table with at most one record per source element ({@code value} may give null). */
    public static <S, T extends Record> Table<S, T> one(
        String name, RecordRowCodec<T> codec, Function<S, T> value) {
      return new Table<>(name, codec, s -> Collections.singletonList(value.call(s)).iterator());
    }

    private void emit(S source, int column, int columns, List<Row> out) throws Exception {
      Iterator<T> it = records.call(source);
      while (it.hasNext()) {
        T value = it.next();
        if (value != null) {
          Object[] cells = new Object[columns];
          cells[column] = codec.toRow(value);
          out.add(RowFactory.create(cells));
        }
      }
    }
  }

  /**
   * The tables of {@code source}, computed and cached on the first action over any of them. Close
   * (or use in try-with-resources) to free the cache.
   */
  @SafeVarargs
  public static <S> CachedTables of(SparkSession spark, JavaRDD<S> source, Table<S, ?>... tables) {
    List<Table<S, ?>> list = List.of(tables);
    Dataset<Row> rows =
        spark.createDataFrame(source.flatMap(s -> emitAll(list, s).iterator()), schemaOf(list));
    return new CachedTables(spark, rows.persist(StorageLevel.MEMORY_AND_DISK()), List.copyOf(list));
  }

  /**
   * The tables of the elements that the groups of a grouped dataset give (one element per group),
   * computed and cached on the first action over any of them. The groups travel as Spark rows
   * (sorted and spilled by Spark in its own binary format), never as Java objects.
   *
   * @param element what one group (its key and rows) gives
   */
  @SafeVarargs
  public static <K, V, S> CachedTables ofGroups(
      SparkSession spark,
      KeyValueGroupedDataset<K, V> groups,
      MapGroupsFunction<K, V, S> element,
      Table<S, ?>... tables) {
    List<Table<S, ?>> list = List.of(tables);
    StructType schema = schemaOf(list);
    Dataset<Row> rows =
        groups.flatMapGroups(
            (FlatMapGroupsFunction<K, V, Row>)
                (key, values) -> emitAll(list, element.call(key, values)).iterator(),
            Encoders.row(schema));
    return new CachedTables(spark, rows.persist(StorageLevel.MEMORY_AND_DISK()), List.copyOf(list));
  }

  /**
   * The tables of the elements that groups of records give: the records are grouped by {@code key}
   * as rows ({@code codec}), so Spark shuffles, sorts and spills them in its binary format instead
   * of Java-serialising them and estimating their size by walking objects; each group is decoded
   * into records only inside the task that turns it into an element.
   *
   * @param key the group of a record (for example study and subject)
   * @param element what one group's records give
   */
  @SafeVarargs
  public static <I extends Record, S> CachedTables ofRecordGroups(
      SparkSession spark,
      JavaRDD<I> records,
      RecordRowCodec<I> codec,
      Function<I, String> key,
      Function<List<I>, S> element,
      Table<S, ?>... tables) {
    StructType keyed =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("group_key", DataTypes.StringType, false),
                DataTypes.createStructField("record", codec.schema(), false)));
    KeyValueGroupedDataset<String, Row> groups =
        spark
            .createDataFrame(
                records.map(r -> RowFactory.create(key.call(r), codec.toRow(r))), keyed)
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
    return ofGroups(
        spark,
        groups,
        (MapGroupsFunction<String, Row, S>)
            (k, rows) -> {
              List<I> group = new ArrayList<>();
              while (rows.hasNext()) {
                group.add(codec.fromRow(rows.next().getStruct(1)));
              }
              return element.call(group);
            },
        tables);
  }

  /** One column per table: a struct with the table's schema. */
  private static <S> StructType schemaOf(List<Table<S, ?>> list) {
    List<StructField> fields = new ArrayList<>();
    for (Table<S, ?> t : list) {
      fields.add(DataTypes.createStructField(t.name(), t.codec().schema(), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** The rows of every table that one source element gives. */
  private static <S> List<Row> emitAll(List<Table<S, ?>> list, S s) throws Exception {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      list.get(i).emit(s, i, list.size(), out);
    }
    return out;
  }

  /** The number of rows of every table, by name, from one pass over the cache. */
  public Map<String, Long> counts() {
    long[] counts =
        RowCounts.countWhere(
            rows,
            tables.stream().map(t -> functions.col(t.name()).isNotNull()).toArray(Column[]::new));
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      out.put(tables.get(i).name(), counts[i]);
    }
    return out;
  }

  /**
   * Writes every table to {@code pathOf.apply(name)} in its row order ({@link
   * OutputLayout#sortKeys}), after one pass that counts them all.
   *
   * @return the rows written, by table name, in the order the tables were given
   */
  public Map<String, Long> write(UnaryOperator<String> pathOf) {
    List<String> names = tables.stream().map(Table::name).toList();
    return write(names, pathOf, counts());
  }

  /**
   * Writes the named tables, whose row counts are already known ({@link #counts}), to {@code
   * pathOf.apply(name)} in their row order.
   *
   * @return the rows written, by table name, in the order of {@code names}
   */
  public Map<String, Long> write(
      List<String> names, UnaryOperator<String> pathOf, Map<String, Long> counts) {
    Map<String, Long> written = new LinkedHashMap<>();
    for (String name : names) {
      written.put(
          name,
          ParquetTables.write(
              table(name), counts.get(name), pathOf.apply(name), OutputLayout.sortKeys(name)));
    }
    return written;
  }

  /** One table, with exactly its codec's schema (columns, types and nullability). */
  public Dataset<Row> table(String name) {
    for (Table<?, ?> t : tables) {
      if (t.name().equals(name)) {
        StructType schema = t.codec().schema();
        Dataset<Row> part =
            rows.filter(functions.col(name).isNotNull()).select(functions.col(name + ".*"));
        // Expanding a nullable struct makes every column nullable; the codec's schema restores
        // the nullability a table written from the records directly would have.
        return spark.createDataFrame(part.javaRDD(), schema);
      }
    }
    throw new IllegalArgumentException("no table " + name);
  }

  @Override
  public void close() {
    rows.unpersist();
  }
}
