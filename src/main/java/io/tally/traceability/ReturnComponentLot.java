package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.traceability.IncomingEvent.ComponentLotReturned;
import io.tally.traceability.IncomingRequests.Return;
import org.springframework.stereotype.Component;

/**
 * Sends units of a rejected component lot back to its supplier, from the location they are at,
 * under the return's reference (a delivery note). Only a rejected lot is returned; one in
 * quarantine is inspected first.
 */
@Component
class ReturnComponentLot implements CommandHandler<Return, ComponentLotView> {
  private final Ledger ledger;
  private final ComponentLots lots;
  private final ComponentStock stock;
  private final Locations locations;

  ReturnComponentLot(Ledger ledger, ComponentLots lots, ComponentStock stock, Locations locations) {
    this.ledger = ledger;
    this.lots = lots;
    this.stock = stock;
    this.locations = locations;
  }

  @Override
  public Class<Return> commandType() {
    return Return.class;
  }

  @Override
  public ComponentLotView handle(Return r, Actor actor) {
    String id = Inputs.id("componentLot", r.componentLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String reference = Inputs.text("reference", r.reference(), 100);
    ComponentLotView lot = lots.require("componentLot", id);
    if (!ComponentLotView.REJECTED.equals(lot.state())) {
      throw CommandRejected.conflict(
          "componentLot",
          "component lot '" + id + "' is " + lot.state() + "; only a rejected lot is returned");
    }
    String location = locations.usable("location", r.location());
    long have = stock.quantity(id, location);
    if (have < quantity) {
      throw CommandRejected.conflict(
          "quantity",
          "component lot '" + id + "' has " + have + " at " + location + ", not " + quantity);
    }
    ledger.append(actor, new ComponentLotReturned(id, quantity, location, reference));
    return lots.require("componentLot", id);
  }
}
