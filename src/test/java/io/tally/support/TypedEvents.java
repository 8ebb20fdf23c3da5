package io.tally.support;

import io.tally.documents.DocumentEvent;
import io.tally.execution.ExecutionEvent;
import io.tally.ledger.Event;
import io.tally.ledger.Events;
import io.tally.orders.OrderEvent;
import io.tally.plant.PlantEvent;
import io.tally.quality.QualityEvent;
import io.tally.scheduling.ScheduleEvent;
import io.tally.security.UserEvent;
import io.tally.traceability.HoldEvent;
import io.tally.traceability.IncomingEvent;
import io.tally.traceability.RecallEvent;
import io.tally.traceability.ReturnEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules whose ledger events are records, each by its sealed interface: what the golden ledger
 * re-encodes and docs/events.md is checked against. A module whose events become records adds its
 * interface here.
 */
public final class TypedEvents {
  public static final List<Class<? extends Event>> FAMILIES =
      List.of(
          ExecutionEvent.class,
          UserEvent.class,
          ScheduleEvent.class,
          QualityEvent.class,
          IncomingEvent.class,
          HoldEvent.class,
          RecallEvent.class,
          ReturnEvent.class,
          PlantEvent.class,
          OrderEvent.class,
          DocumentEvent.class);

  private TypedEvents() {}

  /** Every event record of every family, by its ledger type name. */
  public static Map<String, Class<? extends Event>> byType() {
    Map<String, Class<? extends Event>> out = new LinkedHashMap<>();
    for (Class<? extends Event> family : FAMILIES) {
      for (Class<?> c : family.getPermittedSubclasses()) {
        Class<? extends Event> record = c.asSubclass(Event.class);
        if (out.put(Events.typeOf(record), record) != null) {
          throw new IllegalStateException("two records declare " + Events.typeOf(record));
        }
      }
    }
    return out;
  }
}
