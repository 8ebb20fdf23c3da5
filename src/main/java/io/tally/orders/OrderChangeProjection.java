package io.tally.orders;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
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
  private final EventHandlers handlers =
      new EventHandlers()
          .on(OrderEvent.OrderAmended.class, this::amended)
          .on(OrderEvent.OrderClosed.class, this::closed);

  OrderChangeProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of();
  }

  @Override
  public void apply(LedgerEntry e) {
    if (e.type().equals(SHIPMENT_LINKED)) {
      var p = e.payload();
      jdbc.sql(
              "UPDATE customer_order SET shipped = shipped + ?, status = CASE WHEN shipped + ?"
                  + " >= quantity THEN 'FULFILLED' ELSE status END WHERE id = ?")
          .params(p.number("quantity"), p.number("quantity"), p.text("order"))
          .update();
      return;
    }
    handlers.apply(e);
  }

  private void amended(OrderEvent.OrderAmended a, LedgerEntry e) {
    jdbc.sql("UPDATE customer_order SET quantity = ?, due = ? WHERE id = ?")
        .params(a.quantity(), Date.valueOf(a.due()), a.order())
        .update();
    ordered(a.authorisation(), a.quantity() - a.previousQuantity());
  }

  private void closed(OrderEvent.OrderClosed c, LedgerEntry e) {
    jdbc.sql("UPDATE customer_order SET status = 'CLOSED' WHERE id = ?").param(c.order()).update();
    ordered(c.authorisation(), -c.released());
  }

  private void ordered(String authorisation, long delta) {
    jdbc.sql("UPDATE authorisation SET ordered = ordered + ? WHERE id = ?")
        .params(delta, authorisation)
        .update();
  }
}
