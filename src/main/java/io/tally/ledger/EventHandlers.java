package io.tally.ledger;

import java.util.HashMap;
import java.util.Map;

/**
 * What a projection does with each event type it knows, given the event as its record: {@code
 * apply} hands an entry, decoded, to the handler of its type and ignores every other type.
 */
public final class EventHandlers {
  /** Handles one event, with the entry that carried it (for its sequence or time). */
  @FunctionalInterface
  public interface Handler<E extends Event> {
    void handle(E event, LedgerEntry entry);
  }

  private final Map<String, Bound<?>> byType = new HashMap<>();

  /** Adds the handler of one event type; a type is handled once. */
  public <E extends Event> EventHandlers on(Class<E> type, Handler<? super E> handler) {
    String name = Events.typeOf(type);
    if (byType.putIfAbsent(name, new Bound<>(type, handler)) != null) {
      throw new IllegalArgumentException("a handler for " + name + " is there already");
    }
    return this;
  }

  public void apply(LedgerEntry entry) {
    Bound<?> bound = byType.get(entry.type());
    if (bound != null) {
      bound.apply(entry);
    }
  }

  private record Bound<E extends Event>(Class<E> type, Handler<? super E> handler) {
    void apply(LedgerEntry entry) {
      handler.handle(Events.read(entry, type).orElseThrow(), entry);
    }
  }
}
