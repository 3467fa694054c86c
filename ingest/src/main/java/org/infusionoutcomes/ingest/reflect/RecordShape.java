package org.infusionoutcomes.ingest.reflect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * The components of one record class with their accessors and canonical constructor, looked up once
 * per class (the Spark codec, the identifier screen, the assembler's duplicate test and the
 * parsed-input cache read every record of every file through it).
 */
public final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return new RecordShape(type);
        }
      };

  private final Class<?> type;
  private final RecordComponent[] components;
  private final MethodHandle[] accessors;
  private final MethodHandle constructor;

  private RecordShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    this.type = type;
    this.components = type.getRecordComponents();
    this.accessors = new MethodHandle[components.length];
    Class<?>[] params = new Class<?>[components.length];
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      for (int i = 0; i < components.length; i++) {
        Method accessor = components[i].getAccessor();
        accessor.setAccessible(true);
        accessors[i] =
            lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        params[i] = components[i].getType();
      }
      Constructor<?> ctor = type.getDeclaredConstructor(params);
      ctor.setAccessible(true);
      this.constructor =
          lookup
              .unreflectConstructor(ctor)
              .asSpreader(Object[].class, components.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the components of " + type.getName(), e);
    }
  }

  /** The shape of a record class; {@link IllegalArgumentException} for a class that is not one. */
  public static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The number of components. */
  public int size() {
    return components.length;
  }

  /** The name of component {@code i}, in declaration order. */
  public String name(int i) {
    return components[i].getName();
  }

  /** The declared type of component {@code i}. */
  public Class<?> type(int i) {
    return components[i].getType();
  }

  /** The declared generic type of component {@code i}. */
  public Type genericType(int i) {
    return components[i].getGenericType();
  }

  /** The value of component {@code i} of {@code record} (an instance of this shape's class). */
  public Object get(Object record, int i) {
    try {
      return (Object) accessors[i].invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + name(i) + " of " + type.getName(), e);
    }
  }

  /**
   * A new record from its component values in declaration order (the canonical constructor); what
   * the constructor throws is thrown as is.
   */
  public Object construct(Object[] values) {
    try {
      return (Object) constructor.invokeExact(values);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** A component name as a column name: {@code subjectId} -> {@code subject_id}. */
  public static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
