package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.orders.CustomerOrder;
import io.tally.orders.Orders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Links a dispatched shipment to the open order of its customer and product it delivers; the orders
 * module counts its rounds against the order, which is fulfilled once they reach it. Only a
 * dispatched shipment is linked, so a linked quantity can never be cancelled away.
 */
@Service
public class ShipmentOrderLinks {
  static final String LINKED = "ShipmentLinkedToOrder";

  private final Ledger ledger;
  private final Commands commands;
  private final ShipmentQueries queries;
  private final Orders orders;
  private final JdbcClient jdbc;
  private final LedgerLock lock;

  ShipmentOrderLinks(
      Ledger ledger,
      Commands commands,
      ShipmentQueries queries,
      Orders orders,
      JdbcClient jdbc,
      LedgerLock lock) {
    this.ledger = ledger;
    this.commands = commands;
    this.queries = queries;
    this.orders = orders;
    this.jdbc = jdbc;
    this.lock = lock;
  }

  public ShipmentView link(Actor actor, String key, String shipmentId, ShipmentOrderLink r) {
    String orderId = Inputs.id("order", r == null ? null : r.order());
    return commands.run(
        actor,
        key,
        "shipment.link",
        Map.of("shipment", shipmentId, "order", orderId),
        ShipmentView.class,
        () -> {
          lock.hold();
          ShipmentView s =
              queries
                  .find(shipmentId)
                  .orElseThrow(
                      () ->
                          CommandRejected.notFound("shipment", "no shipment '" + shipmentId + "'"));
          if (!s.status().equals("DISPATCHED") && !s.status().equals("RECEIVED")) {
            throw CommandRejected.conflict(
                "status",
                "shipment "
                    + shipmentId
                    + " is "
                    + s.status()
                    + "; only a dispatched one is linked");
          }
          jdbc.sql("SELECT order_id FROM shipment_order WHERE shipment = ?")
              .param(shipmentId)
              .query(String.class)
              .optional()
              .ifPresent(
                  o -> {
                    throw CommandRejected.conflict(
                        "order", "shipment " + shipmentId + " delivers order " + o + " already");
                  });
          CustomerOrder o =
              orders
                  .find(orderId)
                  .orElseThrow(
                      () -> CommandRejected.notFound("order", "no order '" + orderId + "'"));
          if (o.status() != io.tally.orders.OrderStatus.OPEN) {
            throw CommandRejected.conflict("order", "order " + orderId + " is " + o.status());
          }
          if (!o.customer().equals(s.customer()) || !o.product().equals(s.product())) {
            throw CommandRejected.conflict(
                "order",
                "order "
                    + orderId
                    + " is for "
                    + o.customer()
                    + ", "
                    + o.product()
                    + "; shipment "
                    + shipmentId
                    + " went to "
                    + s.customer()
                    + ", "
                    + s.product());
          }
          if (s.quantity() > o.quantity() - o.shipped()) {
            throw CommandRejected.conflict(
                "order",
                "order "
                    + orderId
                    + " awaits "
                    + (o.quantity() - o.shipped())
                    + " rounds; shipment "
                    + shipmentId
                    + " holds "
                    + s.quantity());
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("shipment", shipmentId);
          p.put("order", orderId);
          p.put("quantity", s.quantity());
          ledger.append(actor, LINKED, p);
          return s;
        });
  }
}
