package io.tally.orders;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Amendments, closures and deliveries of orders, on the rows {@link OrderProjection} and {@link
 * AuthorisationProjection} own (and empty on replay): what an order reserves of its authorisation
 * follows its quantity, and a closed order gives back what it had not received.
 */
@Component
class OrderChangeProjection implements Projection {
  /** Traceability's event type for a dispatched shipment delivering an order. */
  static final String SHIPMENT_LINKED = "ShipmentLinkedToOrder";

  private final JdbcClient jdbc;

  OrderChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void apply(LedgerEntry e) {
    var p = e.payload();
    switch (e.type()) {
      case OrderChanges.AMENDED -> {
        jdbc.sql("UPDATE customer_order SET quantity = ?, due = ? WHERE id = ?")
            .params(
                p.number("quantity"), Date.valueOf(LocalDate.parse(p.text("due"))), p.text("order"))
            .update();
        ordered(p.text("authorisation"), p.number("quantity") - p.number("previousQuantity"));
      }
      case OrderChanges.CLOSED -> {
        jdbc.sql("UPDATE customer_order SET status = 'CLOSED' WHERE id = ?")
            .param(p.text("order"))
            .update();
        ordered(p.text("authorisation"), -p.number("released"));
      }
      case SHIPMENT_LINKED ->
          jdbc.sql(
                  "UPDATE customer_order SET shipped = shipped + ?, status = CASE WHEN shipped + ?"
                      + " >= quantity THEN 'FULFILLED' ELSE status END WHERE id = ?")
              .params(p.number("quantity"), p.number("quantity"), p.text("order"))
              .update();
      default -> {}
    }
  }

  private void ordered(String authorisation, long delta) {
    jdbc.sql("UPDATE authorisation SET ordered = ordered + ? WHERE id = ?")
        .params(delta, authorisation)
        .update();
  }
}
