package org.infusionoutcomes.ingest.spark;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Copies a record with every component of one type replaced. Used to give parsed records kept from
 * an earlier run the file position of this run ({@link ParsedRecord#withFileOrder}): one place that
 * covers every payload type, including components added later.
 */
final class RecordCopy {
  private record Shape(Method[] accessors, Class<?>[] types, Constructor<?> constructor) {}

  private static final ConcurrentHashMap<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private RecordCopy() {}

  /**
   * A copy of {@code record} in which every component declared as {@code type} is replaced by
   * {@code f} applied to it (null components stay null); the record itself when nothing changed.
   */
  static <R extends Record, T> R replacing(R record, Class<T> type, UnaryOperator<T> f) {
    if (record == null) {
      return null;
    }
    Shape shape = SHAPES.computeIfAbsent(record.getClass(), RecordCopy::shapeOf);
    Object[] values = new Object[shape.accessors().length];
    boolean changed = false;
    try {
      for (int i = 0; i < values.length; i++) {
        Object v = shape.accessors()[i].invoke(record);
        if (shape.types()[i] == type && v != null) {
          Object w = f.apply(type.cast(v));
          changed |= w != v;
          v = w;
        }
        values[i] = v;
      }
      if (!changed) {
        return record;
      }
      @SuppressWarnings("unchecked")
      R copy = (R) shape.constructor().newInstance(values);
      return copy;
    } catch (IllegalAccessException | InstantiationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot copy " + record.getClass().getName(), e.getTargetException());
    }
  }

  private static Shape shapeOf(Class<?> c) {
    RecordComponent[] components = c.getRecordComponents();
    Method[] accessors =
        Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return new Shape(accessors, types, c.getDeclaredConstructor(types));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + c.getName(), e);
    }
  }
}
