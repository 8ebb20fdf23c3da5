package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.orders.Authorisations;
import io.tally.traceability.ShipmentCommands.Dispatch;
import org.springframework.stereotype.Component;

/**
 * Dispatches an approved shipment ({@link Shipment#dispatch}) while its authorisation is valid
 * today, its lots are still released and not frozen by a recall, and nothing in it is held.
 */
@Component
class DispatchShipment implements CommandHandler<Dispatch, ShipmentView> {
  private final Ledger ledger;
  private final Authorisations authorisations;
  private final ShipmentGuards guards;
  private final ShipmentQueries queries;
  private final HoldChecks holds;

  DispatchShipment(
      Ledger ledger,
      Authorisations authorisations,
      ShipmentGuards guards,
      ShipmentQueries queries,
      HoldChecks holds) {
    this.ledger = ledger;
    this.authorisations = authorisations;
    this.guards = guards;
    this.queries = queries;
    this.holds = holds;
  }

  @Override
  public Class<Dispatch> commandType() {
    return Dispatch.class;
  }

  @Override
  public ShipmentView handle(Dispatch c, Actor actor) {
    ShipmentView s = queries.require(c.shipment());
    ShipmentEvent.ShipmentDispatched dispatched = Shipment.of(s).dispatch();
    guards.requireValidToday(authorisations.find(s.authorisation()).orElseThrow());
    guards.requireStillReleased(s);
    guards.requireUnfrozen(s);
    holds.shipmentFree("lines", s.lines());
    ledger.append(actor, dispatched);
    return queries.require(c.shipment());
  }
}
