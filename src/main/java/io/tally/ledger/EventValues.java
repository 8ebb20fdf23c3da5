package io.tally.ledger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one value of an event is written to a payload and read back: an identifier record of one
 * value as that value, a record of several as an object of its components, a list element by
 * element, an instant as ISO-8601 text, an enum by its name; a type with a static {@code parse} (a
 * lot number, a date) as its text, read back by that {@code parse}; numbers, text and booleans as
 * they are.
 */
final class EventValues {
  private EventValues() {}

  /**
   * The record's components as fields, in component order, each under its payload name; every value
   * is text, a number, a boolean, a list or a map, as in JSON.
   */
  static Map<String, @Nullable Object> fields(Record record) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = invoke(c.getAccessor(), record);
      if (value != null || !c.isAnnotationPresent(OmittedWhenNull.class)) {
        out.put(name(c), write(value));
      }
    }
    return out;
  }

  /** The record of {@code type} the fields make; a field that is absent is read as null. */
  static Object record(Map<?, ?> fields, Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    @Nullable Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = fields.get(name(components[i]));
      args[i] = value == null ? null : read(value, components[i].getGenericType());
    }
    return construct(canonicalConstructor(type), args);
  }

  static String name(RecordComponent c) {
    EventField field = c.getAnnotation(EventField.class);
    return field == null ? c.getName() : field.value();
  }

  private static @Nullable Object write(@Nullable Object value) {
    if (value instanceof Record r && r.getClass().getRecordComponents().length == 1) {
      return write(invoke(r.getClass().getRecordComponents()[0].getAccessor(), r));
    }
    if (value instanceof Record r && parser(r.getClass()) == null) {
      return fields(r);
    }
    if (value instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(write(v)));
      return out;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Instant || (value != null && parser(value.getClass()) != null)) {
      return value.toString();
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object read(Object value, Type generic) {
    if (generic instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type element = p.getActualTypeArguments()[0];
      return ((List<?>) value).stream().map(v -> read(v, element)).toList();
    }
    Class<?> type = (Class<?>) generic;
    if (type == String.class) {
      return value.toString();
    }
    if (type == long.class || type == Long.class) {
      return ((Number) value).longValue();
    }
    if (type == int.class || type == Integer.class) {
      return ((Number) value).intValue();
    }
    if (type == double.class || type == Double.class) {
      return ((Number) value).doubleValue();
    }
    if (type == boolean.class || type == Boolean.class) {
      return value;
    }
    if (type == Instant.class) {
      return Instant.parse(value.toString());
    }
    if (type.isEnum()) {
      return Enum.valueOf((Class<Enum>) type, value.toString());
    }
    if (type.isRecord() && type.getRecordComponents().length == 1) {
      RecordComponent only = type.getRecordComponents()[0];
      return construct(canonicalConstructor(type), read(value, only.getGenericType()));
    }
    Method parse = parser(type);
    if (parse != null) {
      return invoke(parse, null, value.toString());
    }
    if (type.isRecord() && value instanceof Map<?, ?> m) {
      return record(m, type);
    }
    throw new IllegalArgumentException("an event cannot hold a " + type.getName());
  }

  /** The static {@code parse} of a value written as its text (a lot number, a date), or null. */
  private static @Nullable Method parser(Class<?> type) {
    for (Class<?> param : List.of(String.class, CharSequence.class)) {
      try {
        Method parse = type.getMethod("parse", param);
        if (Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type) {
          return parse;
        }
      } catch (NoSuchMethodException e) {
        // Tries the next form; none means the type is not written as text.
      }
    }
    return null;
  }

  static Constructor<?> canonicalConstructor(Class<?> type) {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record has its canonical constructor", e);
    }
  }

  private static Object construct(Constructor<?> constructor, @Nullable Object... args) {
    try {
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "ledger payload does not make a " + constructor.getDeclaringClass().getSimpleName(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Object invoke(
      Method method, @Nullable Object target, @Nullable Object... args) {
    try {
      method.setAccessible(true);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
