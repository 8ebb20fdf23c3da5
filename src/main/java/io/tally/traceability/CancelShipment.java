package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.ShipmentCommands.Cancel;
import org.springframework.stereotype.Component;

/**
 * Cancels a shipment before dispatch, with the reason ({@link Shipment#cancel}): the quantity it
 * used of its authorisation and its rounds and units are free for other shipments.
 */
@Component
class CancelShipment implements CommandHandler<Cancel, ShipmentView> {
  private static final int REASON_MAX = 2000;
  private final Ledger ledger;
  private final ShipmentQueries queries;

  CancelShipment(Ledger ledger, ShipmentQueries queries) {
    this.ledger = ledger;
    this.queries = queries;
  }

  @Override
  public Class<Cancel> commandType() {
    return Cancel.class;
  }

  @Override
  public ShipmentView handle(Cancel c, Actor actor) {
    String reason = c.request() == null ? null : c.request().reason();
    if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
    ledger.append(actor, Shipment.of(queries.require(c.shipment())).cancel(reason));
    return queries.require(c.shipment());
  }
}
