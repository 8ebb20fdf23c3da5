package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Amends an open order (quantity, due day) within its authorisation: never below what is shipped,
 * the increase within the quantity the authorisation has left to order, the due day within it.
 */
@Component
class AmendOrder implements CommandHandler<OrderCommands.Amend, CustomerOrder> {
  private final OrderChanges changes;
  private final Orders orders;
  private final Authorisations authorisations;
  private final Ledger ledger;

  AmendOrder(OrderChanges changes, Orders orders, Authorisations authorisations, Ledger ledger) {
    this.changes = changes;
    this.orders = orders;
    this.authorisations = authorisations;
    this.ledger = ledger;
  }

  @Override
  public Class<OrderCommands.Amend> commandType() {
    return OrderCommands.Amend.class;
  }

  @Override
  public CustomerOrder handle(OrderCommands.Amend command, Actor actor) {
    String id = command.id();
    OrderAmendment r = command.request();
    if (r == null || (r.quantity() == null && r.due() == null)) {
      throw CommandRejected.invalid("quantity", "an amendment changes quantity or due");
    }
    if (r.quantity() != null && r.quantity() <= 0) {
      throw CommandRejected.invalid("quantity", "quantity must be positive");
    }
    OrderChanges.requireReason(r.reason());
    CustomerOrder o = changes.open(id);
    Authorisation a = authorisations.find(o.authorisation()).orElseThrow();
    long quantity = r.quantity() == null ? o.quantity() : r.quantity();
    LocalDate due = r.due() == null ? o.due() : r.due();
    if (quantity < o.shipped()) {
      throw CommandRejected.conflict(
          "quantity", "order " + id + " has " + o.shipped() + " rounds shipped already");
    }
    if (quantity - o.quantity() > a.remainingToOrder()) {
      throw CommandRejected.conflict(
          "quantity",
          "authorisation "
              + a.id()
              + " has "
              + a.remainingToOrder()
              + " rounds left to order; the amendment adds "
              + (quantity - o.quantity()));
    }
    if (!a.validOn(due)) {
      throw CommandRejected.conflict(
          "due", "authorisation " + a.id() + " does not admit an order due on " + due);
    }
    ledger.append(
        actor, new OrderEvent.OrderAmended(id, a.id(), quantity, o.quantity(), due, r.reason()));
    return orders.find(id).orElseThrow();
  }
}
