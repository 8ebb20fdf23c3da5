package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Closes an open order before it is fulfilled, which gives back to its authorisation what the order
 * had reserved and not received.
 */
@Component
class CloseOrder implements CommandHandler<OrderCommands.Close, CustomerOrder> {
  private final OrderChanges changes;
  private final Orders orders;
  private final Ledger ledger;

  CloseOrder(OrderChanges changes, Orders orders, Ledger ledger) {
    this.changes = changes;
    this.orders = orders;
    this.ledger = ledger;
  }

  @Override
  public Class<OrderCommands.Close> commandType() {
    return OrderCommands.Close.class;
  }

  @Override
  public CustomerOrder handle(OrderCommands.Close command, Actor actor) {
    String id = command.id();
    OrderClosure r = command.request();
    OrderChanges.requireReason(r == null ? null : r.reason());
    CustomerOrder o = changes.open(id);
    ledger.append(
        actor,
        new OrderEvent.OrderClosed(id, o.authorisation(), o.quantity() - o.shipped(), r.reason()));
    return orders.find(id).orElseThrow();
  }
}
