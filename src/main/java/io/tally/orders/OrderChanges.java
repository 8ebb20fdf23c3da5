package io.tally.orders;

import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/**
 * What changes to an order share ({@link AmendOrder}, {@link CloseOrder}): only an open order
 * changes, and every change says why. An order becomes FULFILLED from traceability's {@code
 * ShipmentLinkedToOrder} once linked shipments reach it.
 */
@Component
class OrderChanges {
  private final Orders orders;

  OrderChanges(Orders orders) {
    this.orders = orders;
  }

  CustomerOrder open(String id) {
    CustomerOrder o =
        orders.find(id).orElseThrow(() -> CommandRejected.notFound("id", "no order '" + id + "'"));
    if (o.status() != OrderStatus.OPEN) {
      throw CommandRejected.conflict("status", "order " + id + " is " + o.status() + ", not open");
    }
    return o;
  }

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
  }
}
