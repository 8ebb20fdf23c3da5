package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.orders.CustomerOrder;
import io.tally.orders.Orders;
import io.tally.traceability.ShipmentCommands.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links a dispatched shipment to the open order of its customer and product it delivers ({@link
 * Shipment#linkTo}); the orders module counts its rounds against the order, which is fulfilled once
 * they reach it. A shipment delivers one order.
 */
@Component
class LinkShipmentToOrder implements CommandHandler<Link, ShipmentView> {
  private final Ledger ledger;
  private final ShipmentQueries queries;
  private final Orders orders;
  private final JdbcClient jdbc;

  LinkShipmentToOrder(Ledger ledger, ShipmentQueries queries, Orders orders, JdbcClient jdbc) {
    this.ledger = ledger;
    this.queries = queries;
    this.orders = orders;
    this.jdbc = jdbc;
  }

  @Override
  public Class<Link> commandType() {
    return Link.class;
  }

  @Override
  public ShipmentView handle(Link c, Actor actor) {
    String orderId = Inputs.id("order", c.order());
    ShipmentView s = queries.require(c.shipment());
    Shipment shipment = Shipment.of(s);
    shipment.requireShipped("status", "; only a dispatched one is linked");
    jdbc.sql("SELECT order_id FROM shipment_order WHERE shipment = ?")
        .param(s.id())
        .query(String.class)
        .optional()
        .ifPresent(
            o -> {
              throw CommandRejected.conflict(
                  "order", "shipment " + s.id() + " delivers order " + o + " already");
            });
    CustomerOrder order =
        orders
            .find(orderId)
            .orElseThrow(() -> CommandRejected.notFound("order", "no order '" + orderId + "'"));
    ledger.append(actor, shipment.linkTo(order));
    return s;
  }
}
