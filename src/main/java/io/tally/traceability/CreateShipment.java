package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.orders.Authorisation;
import io.tally.orders.Authorisations;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates a shipment against an authorisation valid today: lines of released stock or units free to
 * ship, none held, within what the authorisation has remaining ({@link Shipment#create}).
 */
@Component
class CreateShipment implements CommandHandler<ShipmentRequest, ShipmentView> {
  private final Ledger ledger;
  private final Authorisations authorisations;
  private final ShipmentLines shipmentLines;
  private final ShipmentGuards guards;
  private final ShipmentQueries queries;
  private final HoldChecks holds;

  CreateShipment(
      Ledger ledger,
      Authorisations authorisations,
      ShipmentLines shipmentLines,
      ShipmentGuards guards,
      ShipmentQueries queries,
      HoldChecks holds) {
    this.ledger = ledger;
    this.authorisations = authorisations;
    this.shipmentLines = shipmentLines;
    this.guards = guards;
    this.queries = queries;
    this.holds = holds;
  }

  @Override
  public Class<ShipmentRequest> commandType() {
    return ShipmentRequest.class;
  }

  @Override
  public ShipmentView handle(ShipmentRequest r, Actor actor) {
    String id = Inputs.id("id", r.id());
    String customer = Inputs.id("customer", r.customer());
    String authId = Inputs.id("authorisation", r.authorisation());
    if (queries.find(id).isPresent()) {
      throw CommandRejected.conflict("id", "shipment '" + id + "' exists already");
    }
    Authorisation auth =
        authorisations
            .find(authId)
            .orElseThrow(
                () ->
                    CommandRejected.notFound("authorisation", "no authorisation '" + authId + "'"));
    Shipment.requireFor(auth, customer);
    guards.requireValidToday(auth);
    List<ShipmentView.Line> lines = shipmentLines.resolve(r.lines(), auth.product());
    holds.shipmentFree("lines", lines);
    ledger.append(actor, Shipment.create(id, customer, auth, lines));
    return queries.find(id).orElseThrow();
  }
}
