package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stock by lot, location and state, and moves between locations; nothing ever goes negative. */
@Service
public class Inventory {
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;
  private final Availability availability;
  private final Components components;
  private final LedgerLock lock;
  private final Locations locations;
  private final HoldChecks holds;

  Inventory(
      JdbcClient jdbc,
      Ledger ledger,
      Commands commands,
      Availability availability,
      Components components,
      LedgerLock lock,
      Locations locations,
      HoldChecks holds) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.availability = availability;
    this.components = components;
    this.lock = lock;
    this.locations = locations;
    this.holds = holds;
  }

  public Recorded move(Actor actor, String key, MoveRequest r) {
    String material = r.material() == null ? "" : r.material().trim().toUpperCase();
    if (!material.equals("FINISHED") && !material.equals("COMPONENT")) {
      throw CommandRejected.invalid("material", "material is FINISHED or COMPONENT");
    }
    String lot = Inputs.id("lot", r.lot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String from = Inputs.location("from", r.from());
    String to = Inputs.location("to", r.to());
    if (from.equals(to)) {
      throw CommandRejected.invalid("to", "a move needs two different locations");
    }
    return commands.run(
        actor,
        key,
        "stock.move",
        r,
        Recorded.class,
        () -> {
          lock.hold();
          locations.usable("from", from);
          locations.usable("to", to);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("material", material);
          p.put("lot", lot);
          if (material.equals("COMPONENT")) {
            components.requireStock(lot, from, quantity, "quantity");
          } else {
            StockState state = availability.liveState(lot);
            if (state == null) {
              throw CommandRejected.notFound("lot", "no finished lot '" + lot + "'");
            }
            long free = availability.loose(lot, from, state);
            if (free < quantity) {
              throw CommandRejected.conflict(
                  "quantity",
                  "lot "
                      + lot
                      + " has "
                      + Math.max(free, 0)
                      + " loose "
                      + state
                      + " rounds at "
                      + from
                      + " (not packed, not promised to a shipment), not "
                      + quantity);
            }
            locations.room("to", to, quantity);
            holds.notToDispatch("to", to, lot);
            p.put("state", state.name());
          }
          p.put("quantity", quantity);
          p.put("from", from);
          p.put("to", to);
          long seq = ledger.append(actor, TraceEvents.STOCK_MOVED, p).seq();
          return new Recorded(TraceEvents.STOCK_MOVED, lot, seq);
        });
  }

  /** Finished stock, optionally of one lot. */
  public List<StockLine> finished(String lot) {
    String where = lot == null ? "" : " AND s.lot = :lot";
    var spec =
        jdbc.sql(
            "SELECT s.lot, l.product, s.location, s.state, s.quantity FROM finished_stock s JOIN"
                + " finished_lot l ON l.lot = s.lot WHERE s.quantity <> 0"
                + where
                + " ORDER BY s.lot, s.location, s.state");
    if (lot != null) {
      spec = spec.param("lot", lot);
    }
    return spec.query(
            (rs, n) ->
                new StockLine(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5)))
        .list();
  }

  /** Component stock by component lot and location. */
  public List<StockLine> components() {
    return jdbc.sql(
            "SELECT s.component_lot, c.component, s.location, s.quantity FROM component_stock s"
                + " JOIN component_lot c ON c.component_lot = s.component_lot WHERE s.quantity <> 0"
                + " ORDER BY s.component_lot, s.location")
        .query(
            (rs, n) ->
                new StockLine(
                    rs.getString(1), rs.getString(2), rs.getString(3), "IN_STOCK", rs.getLong(4)))
        .list();
  }

  /** A line of stock: lot, product (or component code), location, state and quantity. */
  public record StockLine(String lot, String item, String location, String state, long quantity) {}
}
