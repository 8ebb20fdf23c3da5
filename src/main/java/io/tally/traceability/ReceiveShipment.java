package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.traceability.ShipmentCommands.Receive;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Records the consignee's receipt of a shipment in transit ({@link Shipment#receive}): the day (not
 * after today at the site), who signed for it and the receipt's reference.
 */
@Component
class ReceiveShipment implements CommandHandler<Receive, ShipmentView> {
  private static final int TEXT_MAX = 200;
  private final Ledger ledger;
  private final ShipmentQueries queries;
  private final PlantService plant;
  private final Clock clock;

  ReceiveShipment(Ledger ledger, ShipmentQueries queries, PlantService plant, Clock clock) {
    this.ledger = ledger;
    this.queries = queries;
    this.plant = plant;
    this.clock = clock;
  }

  @Override
  public Class<Receive> commandType() {
    return Receive.class;
  }

  @Override
  public ShipmentView handle(Receive c, Actor actor) {
    ShipmentReceipt r = c.request();
    if (r == null || r.receivedOn() == null) {
      throw CommandRejected.invalid("receivedOn", "the day of receipt is required (ISO date)");
    }
    if (blankOrLong(r.receivedBy())) {
      throw CommandRejected.invalid("receivedBy", "who signed for it is required (200 max)");
    }
    if (blankOrLong(r.document())) {
      throw CommandRejected.invalid("document", "the receipt's reference is required (200 max)");
    }
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    if (r.receivedOn().isAfter(today)) {
      throw CommandRejected.invalid("receivedOn", "a receipt is not dated after today " + today);
    }
    ledger.append(
        actor,
        Shipment.of(queries.require(c.shipment()))
            .receive(r.receivedOn(), r.receivedBy(), r.document()));
    return queries.require(c.shipment());
  }

  private static boolean blankOrLong(String text) {
    return text == null || text.isBlank() || text.length() > TEXT_MAX;
  }
}
