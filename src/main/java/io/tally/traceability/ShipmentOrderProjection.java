package io.tally.traceability;

import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.ShipmentEvent.ShipmentLinkedToOrder;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which order each linked shipment delivered. */
@Component
class ShipmentOrderProjection implements Projection {
  private final JdbcClient jdbc;

  ShipmentOrderProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("shipment_order");
  }

  @Override
  public void apply(LedgerEntry e) {
    Events.read(e, ShipmentLinkedToOrder.class)
        .ifPresent(
            l ->
                jdbc.sql(
                        "INSERT INTO shipment_order (shipment, order_id, linked_seq) VALUES (?, ?,"
                            + " ?)")
                    .params(l.shipment(), l.order(), e.seq())
                    .update());
  }
}
