package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.traceability.ReturnEvent.CustomerReturnReceived;
import org.springframework.stereotype.Component;

/**
 * Records rounds a customer sent back: only from a dispatched (or received) shipment, only of a lot
 * it carried, and never more than it carried of that lot less what came back before. They come back
 * HELD at a registered location with room for them, awaiting quality's inspection.
 */
@Component
class RecordReturn implements CommandHandler<ReturnRequests.Record, ReturnView> {
  private final Ledger ledger;
  private final ShipmentQueries shipments;
  private final ReturnQueries queries;
  private final Locations locations;

  RecordReturn(
      Ledger ledger, ShipmentQueries shipments, ReturnQueries queries, Locations locations) {
    this.ledger = ledger;
    this.shipments = shipments;
    this.queries = queries;
    this.locations = locations;
  }

  @Override
  public Class<ReturnRequests.Record> commandType() {
    return ReturnRequests.Record.class;
  }

  @Override
  public ReturnView handle(ReturnRequests.Record r, Actor actor) {
    String id = Inputs.id("id", r.id());
    String lot = Inputs.id("lot", r.lot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String reason = Inputs.text("reason", r.reason(), HoldRequests.REASON_MAX);
    String document =
        r.document() == null || r.document().isBlank()
            ? null
            : Inputs.text("document", r.document(), 200);
    if (queries.find(id).isPresent()) {
      throw CommandRejected.conflict("id", "customer return " + id + " exists already");
    }
    String shipmentId = Inputs.id("shipment", r.shipment());
    ShipmentView s =
        shipments
            .find(shipmentId)
            .orElseThrow(
                () -> CommandRejected.notFound("shipment", "no shipment '" + shipmentId + "'"));
    Shipment.of(s).requireShipped("shipment", "; only a dispatched shipment's rounds return");
    long carried =
        s.lines().stream()
            .filter(l -> l.lot().equals(lot))
            .mapToLong(ShipmentView.Line::quantity)
            .sum();
    if (carried == 0) {
      throw CommandRejected.invalid(
          "lot", "shipment " + s.id() + " carried no rounds of lot " + lot);
    }
    long before = queries.returned(s.id(), lot);
    if (quantity > carried - before) {
      throw CommandRejected.invalid(
          "quantity",
          "shipment "
              + s.id()
              + " carried "
              + carried
              + " rounds of lot "
              + lot
              + " and "
              + before
              + " came back before; at most "
              + (carried - before)
              + " more can return, not "
              + quantity);
    }
    String location = locations.usable("location", r.location());
    locations.room("location", location, quantity);
    ledger.append(
        actor,
        new CustomerReturnReceived(
            id,
            s.id(),
            s.customer(),
            s.authorisation(),
            lot,
            quantity,
            location,
            reason,
            document));
    return queries.require(id);
  }
}
