package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the component commands ({@link IssueComponents}, {@link ConsumeComponents}, {@link
 * ScrapComponents}, moves and corrections) share: a component lot's component and the rule that a
 * quantity not at the location named is refused.
 */
@Service
class Components {
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final ComponentStock stock;

  Components(JdbcClient jdbc, Ledger ledger, ComponentStock stock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.stock = stock;
  }

  void requireStock(String componentLot, String location, long quantity, String field) {
    if (componentOf(componentLot).isEmpty()) {
      throw CommandRejected.notFound("componentLot", "no component lot '" + componentLot + "'");
    }
    long have = stock.quantity(componentLot, location);
    if (have < quantity) {
      throw CommandRejected.conflict(
          field,
          "component lot '"
              + componentLot
              + "' has "
              + have
              + " at "
              + location
              + ", not "
              + quantity);
    }
  }

  Optional<String> componentOf(String componentLot) {
    return jdbc.sql("SELECT component FROM component_lot WHERE component_lot = ?")
        .param(componentLot)
        .query(String.class)
        .optional();
  }

  /** Appends one event about a component lot and answers with its entry. */
  Recorded record(Actor actor, String type, String subject, Map<String, Object> p) {
    return new Recorded(type, subject, ledger.append(actor, type, p).seq());
  }
}
