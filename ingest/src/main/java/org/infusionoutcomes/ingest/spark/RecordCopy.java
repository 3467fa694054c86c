package org.infusionoutcomes.ingest.spark;

import java.util.function.UnaryOperator;
import org.infusionoutcomes.ingest.reflect.RecordShape;

/**
 * Copies a record with every component of one type replaced. Used to give parsed records kept from
 * an earlier run the file position of this run ({@link ParsedRecord#withFileOrder}): one place that
 * covers every payload type, including components added later.
 */
final class RecordCopy {
  private RecordCopy() {}

  /**
   * A copy of {@code record} in which every component declared as {@code type} is replaced by
   * {@code f} applied to it (null components stay null); the record itself when nothing changed.
   */
  static <R extends Record, T> R replacing(R record, Class<T> type, UnaryOperator<T> f) {
    if (record == null) {
      return null;
    }
    RecordShape shape = RecordShape.of(record.getClass());
    Object[] values = new Object[shape.size()];
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      Object v = shape.get(record, i);
      if (shape.type(i) == type && v != null) {
        Object w = f.apply(type.cast(v));
        changed |= w != v;
        v = w;
      }
      values[i] = v;
    }
    if (!changed) {
      return record;
    }
    try {
      @SuppressWarnings("unchecked")
      R copy = (R) shape.construct(values);
      return copy;
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
    }
  }
}
