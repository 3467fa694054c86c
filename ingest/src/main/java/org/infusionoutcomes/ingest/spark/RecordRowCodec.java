package org.infusionoutcomes.ingest.spark;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.infusionoutcomes.ingest.reflect.RecordShape;

/**
 * Converts a Java record to a Spark {@link Row} and back, with a schema derived from the record's
 * declaration - never from data. Column names are the components' names in snake_case ({@code
 * totalScore} -> {@code total_score}); primitives are non-nullable columns, boxed types nullable.
 *
 * <p>Supported component types: {@code String}, {@code int/Integer}, {@code long/Long}, {@code
 * double/Double}, {@code boolean/Boolean}, {@code LocalDate} (DATE), {@code LocalTime} (text {@code
 * HH:mm:ss}), enums (text: their {@code id()} when they have one, else their name), {@code List} of
 * those, and nested records (STRUCT). The session must run with {@code
 * spark.sql.datetime.java8API.enabled=true}; {@code java.sql.Date} is accepted on read as well.
 *
 * <p>One codec serves every table, so a table's schema is its record's declaration and nothing
 * else.
 */
public final class RecordRowCodec<T extends Record> implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<Class<?>, RecordRowCodec<?>> CACHE = new ConcurrentHashMap<>();
  private static final Map<Class<?>, RecordRowCodec<?>> EXACT = new ConcurrentHashMap<>();

  private final Class<T> type;
  private final boolean exactTimes;
  private transient volatile Shape shape;

  private RecordRowCodec(Class<T> type, boolean exactTimes) {
    this.type = type;
    this.exactTimes = exactTimes;
  }

  /** The codec of {@code type}. */
  @SuppressWarnings("unchecked")
  public static <T extends Record> RecordRowCodec<T> of(Class<T> type) {
    return (RecordRowCodec<T>) CACHE.computeIfAbsent(type, t -> new RecordRowCodec<>(type, false));
  }

  /**
   * The codec of {@code type} for records that travel between tasks rather than into a table: a
   * time with a fraction of a second keeps it (text {@code HH:mm:ss.SSS...}; a whole second is
   * still {@code HH:mm:ss}), so a record decodes to exactly the record encoded.
   */
  @SuppressWarnings("unchecked")
  public static <T extends Record> RecordRowCodec<T> exact(Class<T> type) {
    return (RecordRowCodec<T>) EXACT.computeIfAbsent(type, t -> new RecordRowCodec<>(type, true));
  }

  public Class<T> type() {
    return type;
  }

  /** The Spark schema of the record. */
  public StructType schema() {
    return shape().schema;
  }

  /** The record as a row (null gives null). */
  public Row toRow(T value) {
    return value == null ? null : (Row) shape().encode(value);
  }

  /**
   * The non-null records of {@code values} as a DataFrame with this codec's schema.
   *
   * <p>A lambda, not a method reference: two serializable method references that differ only in
   * their generic type share one deserialization entry in javac's output, and the second then fails
   * with a ClassCastException on the executors.
   */
  public Dataset<Row> toDataFrame(SparkSession spark, JavaRDD<T> values) {
    RecordRowCodec<T> codec = this;
    return spark.createDataFrame(values.filter(v -> v != null).map(v -> codec.toRow(v)), schema());
  }

  /** The row as a record (null gives null). */
  public T fromRow(Row row) {
    return row == null ? null : type.cast(shape().decode(row));
  }

  private Shape shape() {
    Shape s = shape;
    if (s == null) {
      s = Shape.of(type, exactTimes);
      shape = s;
    }
    return s;
  }

  // ------------------------------------------------------------------ converters

  private interface Converter {
    DataType dataType();

    boolean nullable();

    Object encode(Object javaValue);

    Object decode(Object sparkValue);
  }

  private static final class Shape implements Converter {
    final StructType schema;
    final RecordShape record;
    final Converter[] converters;

    private Shape(StructType schema, RecordShape record, Converter[] converters) {
      this.schema = schema;
      this.record = record;
      this.converters = converters;
    }

    static Shape of(Class<?> type, boolean exactTimes) {
      RecordShape record = RecordShape.of(type);
      Converter[] converters = new Converter[record.size()];
      StructField[] fields = new StructField[record.size()];
      for (int i = 0; i < record.size(); i++) {
        converters[i] =
            converterFor(
                record.type(i), record.genericType(i), type + "." + record.name(i), exactTimes);
        fields[i] =
            DataTypes.createStructField(
                RecordShape.snakeCase(record.name(i)),
                converters[i].dataType(),
                converters[i].nullable());
      }
      return new Shape(DataTypes.createStructType(fields), record, converters);
    }

    @Override
    public DataType dataType() {
      return schema;
    }

    @Override
    public boolean nullable() {
      return true;
    }

    @Override
    public Object encode(Object value) {
      if (value == null) {
        return null;
      }
      Object[] out = new Object[converters.length];
      try {
        for (int i = 0; i < converters.length; i++) {
          out[i] = converters[i].encode(record.get(value, i));
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
      }
      return RowFactory.create(out);
    }

    @Override
    public Object decode(Object sparkValue) {
      if (sparkValue == null) {
        return null;
      }
      Row row = (Row) sparkValue;
      Object[] args = new Object[converters.length];
      for (int i = 0; i < converters.length; i++) {
        Object v = converters[i].decode(row.get(i));
        if (v == null && record.type(i).isPrimitive()) {
          throw new IllegalStateException(
              "column " + schema.fields()[i].name() + " is null but required");
        }
        args[i] = v;
      }
      try {
        return record.construct(args);
      } catch (RuntimeException t) {
        throw new IllegalStateException("cannot decode a row into a record", t);
      }
    }
  }

  private record Simple(DataType dataType, boolean nullable) implements Converter {
    @Override
    public Object encode(Object v) {
      return v;
    }

    @Override
    public Object decode(Object v) {
      return v;
    }
  }

  private record DateConverter(boolean nullable) implements Converter {
    @Override
    public DataType dataType() {
      return DataTypes.DateType;
    }

    @Override
    public Object encode(Object v) {
      return v;
    }

    @Override
    public Object decode(Object v) {
      return v instanceof java.sql.Date d ? d.toLocalDate() : v;
    }
  }

  private static final java.time.format.DateTimeFormatter HH_MM_SS =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

  /**
   * A nullable text column: {@code format} writes a non-null value as text, {@code parse} reads the
   * text back (times, enums).
   */
  private record TextConverter(Function<Object, String> format, Function<String, Object> parse)
      implements Converter {
    @Override
    public DataType dataType() {
      return DataTypes.StringType;
    }

    @Override
    public boolean nullable() {
      return true;
    }

    @Override
    public Object encode(Object v) {
      return v == null ? null : format.apply(v);
    }

    @Override
    public Object decode(Object v) {
      return v == null ? null : parse.apply((String) v);
    }
  }

  /**
   * Times as text {@code HH:mm:ss}; with {@code exact}, a time with a fraction of a second as ISO
   * text with the fraction.
   */
  private static TextConverter timeConverter(boolean exact) {
    return new TextConverter(
        v -> {
          LocalTime t = (LocalTime) v;
          return exact && t.getNano() != 0
              ? java.time.format.DateTimeFormatter.ISO_LOCAL_TIME.format(t)
              : HH_MM_SS.format(t);
        },
        LocalTime::parse);
  }

  /** Enum constants as text: their {@code id()} when they have one, else their name. */
  private static TextConverter enumConverter(Class<?> type) {
    Method id;
    try {
      id = type.getMethod("id");
      if (id.getReturnType() != String.class) {
        id = null;
      }
    } catch (NoSuchMethodException e) {
      id = null;
    }
    Method idMethod = id;
    Map<String, Object> byText = new java.util.HashMap<>();
    for (Object constant : type.getEnumConstants()) {
      byText.put(enumText(constant, idMethod), constant);
    }
    return new TextConverter(
        v -> enumText(v, idMethod),
        text -> {
          Object constant = byText.get(text);
          if (constant == null) {
            throw new IllegalStateException(
                "'" + text + "' is not a value of " + type.getSimpleName());
          }
          return constant;
        });
  }

  private static String enumText(Object constant, Method id) {
    try {
      return id == null ? ((Enum<?>) constant).name() : (String) id.invoke(constant);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private record ListConverter(Converter element) implements Converter {
    @Override
    public DataType dataType() {
      return DataTypes.createArrayType(element.dataType(), true);
    }

    @Override
    public boolean nullable() {
      return true;
    }

    @Override
    public Object encode(Object v) {
      if (v == null) {
        return null;
      }
      List<?> list = (List<?>) v;
      Object[] out = new Object[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = element.encode(list.get(i));
      }
      return out;
    }

    @Override
    public Object decode(Object v) {
      if (v == null) {
        return null;
      }
      List<Object> out = new ArrayList<>();
      if (v instanceof scala.collection.Seq<?> seq) {
        scala.collection.Iterator<?> it = seq.iterator();
        while (it.hasNext()) {
          out.add(element.decode(it.next()));
        }
      } else if (v instanceof Object[] array) {
        for (Object o : array) {
          out.add(element.decode(o));
        }
      } else if (v instanceof List<?> list) {
        for (Object o : list) {
          out.add(element.decode(o));
        }
      } else {
        throw new IllegalStateException("unexpected array value " + v.getClass());
      }
      return out;
    }
  }

  private static Converter converterFor(
      Class<?> raw, Type generic, String where, boolean exactTimes) {
    if (raw == String.class) {
      return new Simple(DataTypes.StringType, true);
    }
    if (raw == int.class || raw == Integer.class) {
      return new Simple(DataTypes.IntegerType, !raw.isPrimitive());
    }
    if (raw == long.class || raw == Long.class) {
      return new Simple(DataTypes.LongType, !raw.isPrimitive());
    }
    if (raw == double.class || raw == Double.class) {
      return new Simple(DataTypes.DoubleType, !raw.isPrimitive());
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Simple(DataTypes.BooleanType, !raw.isPrimitive());
    }
    if (raw == LocalDate.class) {
      return new DateConverter(true);
    }
    if (raw == LocalTime.class) {
      return timeConverter(exactTimes);
    }
    if (raw.isEnum()) {
      return enumConverter(raw);
    }
    if (raw == List.class && generic instanceof ParameterizedType p) {
      Type arg = p.getActualTypeArguments()[0];
      if (arg instanceof Class<?> c) {
        return new ListConverter(converterFor(c, c, where, exactTimes));
      }
    }
    if (raw.isRecord()) {
      return Shape.of(raw, exactTimes);
    }
    throw new IllegalArgumentException("unsupported component type " + generic + " at " + where);
  }
}
