package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Changes to an open order: amended (quantity, due day) within its authorisation, or closed, which
 * gives back to the authorisation what the order had reserved and not received. An order becomes
 * FULFILLED from traceability's {@code ShipmentLinkedToOrder} once linked shipments reach it.
 */
@Service
public class OrderChanges {
  static final String AMENDED = "OrderAmended";
  static final String CLOSED = "OrderClosed";

  private final Orders orders;
  private final Authorisations authorisations;
  private final Ledger ledger;
  private final Commands commands;

  OrderChanges(Orders orders, Authorisations authorisations, Ledger ledger, Commands commands) {
    this.orders = orders;
    this.authorisations = authorisations;
    this.ledger = ledger;
    this.commands = commands;
  }

  public CustomerOrder amend(Actor actor, String key, String id, OrderAmendment r) {
    if (r == null || (r.quantity() == null && r.due() == null)) {
      throw CommandRejected.invalid("quantity", "an amendment changes quantity or due");
    }
    if (r.quantity() != null && r.quantity() <= 0) {
      throw CommandRejected.invalid("quantity", "quantity must be positive");
    }
    requireReason(r.reason());
    return commands.run(
        actor,
        key,
        "order.amend",
        Map.of("id", id, "request", r),
        CustomerOrder.class,
        () -> {
          CustomerOrder o = open(id);
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
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("order", id);
          p.put("authorisation", a.id());
          p.put("quantity", quantity);
          p.put("previousQuantity", o.quantity());
          p.put("due", due.toString());
          p.put("reason", r.reason());
          ledger.append(actor, AMENDED, p);
          return orders.find(id).orElseThrow();
        });
  }

  public CustomerOrder close(Actor actor, String key, String id, OrderClosure r) {
    requireReason(r == null ? null : r.reason());
    return commands.run(
        actor,
        key,
        "order.close",
        Map.of("id", id, "request", r),
        CustomerOrder.class,
        () -> {
          CustomerOrder o = open(id);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("order", id);
          p.put("authorisation", o.authorisation());
          p.put("released", o.quantity() - o.shipped());
          p.put("reason", r.reason());
          ledger.append(actor, CLOSED, p);
          return orders.find(id).orElseThrow();
        });
  }

  private CustomerOrder open(String id) {
    CustomerOrder o =
        orders.find(id).orElseThrow(() -> CommandRejected.notFound("id", "no order '" + id + "'"));
    if (!o.status().equals("OPEN")) {
      throw CommandRejected.conflict("status", "order " + id + " is " + o.status() + ", not open");
    }
    return o;
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
  }
}
