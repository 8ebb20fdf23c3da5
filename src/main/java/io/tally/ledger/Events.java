package io.tally.ledger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns event records into ledger payloads and back. A record is written field by field under its
 * component names, so it encodes to the very bytes a map with those fields and values did (the
 * canonical encoder sorts the keys); a payload is read back by each component's type.
 */
public final class Events {
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private Events() {}

  /** The ledger type name the record class declares. */
  public static String typeOf(Class<? extends Event> type) {
    return SHAPES.get(type).type();
  }

  /** The payload of an event, one field per component, in component order. */
  public static Map<String, @Nullable Object> payload(Event event) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (RecordComponent c : SHAPES.get(event.getClass()).components()) {
      Object value = invoke(c.getAccessor(), event);
      if (value != null || !c.isAnnotationPresent(OmittedWhenNull.class)) {
        out.put(c.getName(), write(value));
      }
    }
    return out;
  }

  /** The entry's event as the record {@code type}, if the entry is of that type. */
  public static <E extends Event> Optional<E> read(LedgerEntry entry, Class<E> type) {
    Shape shape = SHAPES.get(type);
    if (!shape.type().equals(entry.type())) {
      return Optional.empty();
    }
    RecordComponent[] components = shape.components();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = entry.payload().fields().get(components[i].getName());
      args[i] = value == null ? null : read(value, components[i].getType());
    }
    return Optional.of(type.cast(construct(shape.constructor(), args)));
  }

  private static @Nullable Object write(@Nullable Object value) {
    if (value instanceof Record r && r.getClass().getRecordComponents().length == 1) {
      return write(invoke(r.getClass().getRecordComponents()[0].getAccessor(), r));
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value instanceof Instant ? value.toString() : value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object read(Object value, Class<?> type) {
    if (type == String.class) {
      return value.toString();
    }
    if (type == long.class || type == Long.class) {
      return ((Number) value).longValue();
    }
    if (type == int.class || type == Integer.class) {
      return ((Number) value).intValue();
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
      return construct(canonicalConstructor(type), read(value, only.getType()));
    }
    try {
      Method parse = type.getMethod("parse", String.class);
      if (Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type) {
        return invoke(parse, null, value.toString());
      }
    } catch (NoSuchMethodException e) {
      // Falls through to the refusal below.
    }
    throw new IllegalArgumentException("an event cannot hold a " + type.getName());
  }

  private static Constructor<?> canonicalConstructor(Class<?> type) {
    Class<?>[] types =
        java.util.Arrays.stream(type.getRecordComponents())
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
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What is read once per event class: its type name, components and constructor. */
  private record Shape(String type, RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      EventType name = type.getAnnotation(EventType.class);
      if (!type.isRecord() || name == null || !Event.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(
            type.getName() + " is not an event: a record implementing Event with @EventType");
      }
      return new Shape(name.value(), type.getRecordComponents(), canonicalConstructor(type));
    }
  }
}
