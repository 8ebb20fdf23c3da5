package io.tally.ledger;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns event records into ledger payloads and back. A record is written field by field under its
 * component names (or its {@link EventField} names), so it encodes to the very bytes a map with
 * those fields and values did (the canonical encoder sorts the keys); a payload is read back by
 * each component's type, as {@link EventValues} says.
 */
public final class Events {
  private static final ClassValue<String> TYPES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          EventType name = type.getAnnotation(EventType.class);
          if (!type.isRecord() || name == null || !Event.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(
                type.getName() + " is not an event: a record implementing Event with @EventType");
          }
          return name.value();
        }
      };

  private Events() {}

  /** The ledger type name the record class declares. */
  public static String typeOf(Class<? extends Event> type) {
    return TYPES.get(type);
  }

  /** The payload of an event, one field per component, in component order. */
  public static Map<String, @Nullable Object> payload(Event event) {
    typeOf(event.getClass());
    return EventValues.fields((Record) event);
  }

  /**
   * The fields a record inside an event writes (a job of a plan, say), for an answer that shows the
   * same shape as the ledger holds.
   */
  public static Map<String, @Nullable Object> fields(Record part) {
    return EventValues.fields(part);
  }

  /** The entry's event as the record {@code type}, if the entry is of that type. */
  public static <E extends Event> Optional<E> read(LedgerEntry entry, Class<E> type) {
    if (!typeOf(type).equals(entry.type())) {
      return Optional.empty();
    }
    return Optional.of(type.cast(EventValues.record(entry.payload().fields(), type)));
  }
}
