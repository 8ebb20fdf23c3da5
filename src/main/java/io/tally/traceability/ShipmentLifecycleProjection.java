package io.tally.traceability;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A shipment cancelled or received, on the shipment rows {@link ShipmentProjection} owns (and
 * empties on replay). A cancelled shipment's lines no longer hold rounds or units: availability
 * counts only shipments created or approved.
 */
@Component
class ShipmentLifecycleProjection implements Projection {
  private final JdbcClient jdbc;

  ShipmentLifecycleProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void apply(LedgerEntry e) {
    String status =
        switch (e.type()) {
          case TraceEvents.SHIPMENT_CANCELLED -> "CANCELLED";
          case TraceEvents.SHIPMENT_RECEIVED -> "RECEIVED";
          default -> null;
        };
    if (status != null) {
      jdbc.sql("UPDATE shipment SET status = ? WHERE id = ?")
          .params(status, e.payload().text("shipment"))
          .update();
    }
  }
}
