package io.tally.traceability;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
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
    if (e.type().equals(ShipmentOrderLinks.LINKED)) {
      jdbc.sql("INSERT INTO shipment_order (shipment, order_id, linked_seq) VALUES (?, ?, ?)")
          .params(e.payload().text("shipment"), e.payload().text("order"), e.seq())
          .update();
    }
  }
}
