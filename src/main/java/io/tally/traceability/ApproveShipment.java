package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.traceability.ShipmentCommands.Approve;
import org.springframework.stereotype.Component;

/** A second person's approval of a created shipment ({@link Shipment#approve}). */
@Component
class ApproveShipment implements CommandHandler<Approve, ShipmentView> {
  private final Ledger ledger;
  private final ShipmentQueries queries;

  ApproveShipment(Ledger ledger, ShipmentQueries queries) {
    this.ledger = ledger;
    this.queries = queries;
  }

  @Override
  public Class<Approve> commandType() {
    return Approve.class;
  }

  @Override
  public ShipmentView handle(Approve c, Actor actor) {
    ledger.append(actor, Shipment.of(queries.require(c.shipment())).approve(actor));
    return queries.require(c.shipment());
  }
}
