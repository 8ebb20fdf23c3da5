package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Moves loose stock between two usable locations: finished rounds that are loose, not packed and
 * not promised to a shipment, or component units; nothing goes negative, no location overfills, and
 * held stock does not go to dispatch.
 */
@Component
class MoveStock implements CommandHandler<MoveRequest, Recorded> {
  private final Ledger ledger;
  private final Availability availability;
  private final Components components;
  private final Locations locations;
  private final HoldChecks holds;

  MoveStock(
      Ledger ledger,
      Availability availability,
      Components components,
      Locations locations,
      HoldChecks holds) {
    this.ledger = ledger;
    this.availability = availability;
    this.components = components;
    this.locations = locations;
    this.holds = holds;
  }

  @Override
  public Class<MoveRequest> commandType() {
    return MoveRequest.class;
  }

  @Override
  public Recorded handle(MoveRequest r, Actor actor) {
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
    locations.usable("from", from);
    locations.usable("to", to);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("material", material);
    p.put("lot", lot);
    if (material.equals("COMPONENT")) {
      components.requireStock(lot, from, quantity, "quantity");
    } else {
      p.put("state", finishedState(lot, from, to, quantity).name());
    }
    p.put("quantity", quantity);
    p.put("from", from);
    p.put("to", to);
    long seq = ledger.append(actor, TraceEvents.STOCK_MOVED, p).seq();
    return new Recorded(TraceEvents.STOCK_MOVED, lot, seq);
  }

  /** The state of the finished rounds moved, once they are found free to move. */
  private StockState finishedState(String lot, String from, String to, long quantity) {
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
    return state;
  }
}
