package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.orders.Authorisation;
import io.tally.orders.CustomerOrder;
import io.tally.traceability.ShipmentEvent.ShipmentApproved;
import io.tally.traceability.ShipmentEvent.ShipmentCancelled;
import io.tally.traceability.ShipmentEvent.ShipmentCreated;
import io.tally.traceability.ShipmentEvent.ShipmentDispatched;
import io.tally.traceability.ShipmentEvent.ShipmentLinkedToOrder;
import io.tally.traceability.ShipmentEvent.ShipmentReceived;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A shipment's rules in one place: created within its authorisation, approved by a second person,
 * dispatched once approved, cancelled only before dispatch, received only in transit, linked to an
 * order only once shipped. Each verb checks the status, throws {@link CommandRejected} naming it,
 * and yields the event; the handlers check what lies outside the shipment (holds, stock, dates).
 */
final class Shipment {
  private final ShipmentView view;

  private Shipment(ShipmentView view) {
    this.view = view;
  }

  static Shipment of(ShipmentView view) {
    return new Shipment(view);
  }

  /** Refused unless {@code auth} was given to {@code customer}. */
  static void requireFor(Authorisation auth, String customer) {
    if (!auth.customer().equals(customer)) {
      throw CommandRejected.invalid(
          "customer",
          "authorisation "
              + auth.id()
              + " is for customer "
              + auth.customer()
              + ", not "
              + customer);
    }
  }

  /**
   * A new shipment of {@code lines} to {@code customer} under {@code auth}: the authorisation's own
   * customer, and no more rounds than it has remaining.
   */
  static ShipmentCreated create(
      String id, String customer, Authorisation auth, List<ShipmentView.Line> lines) {
    requireFor(auth, customer);
    long quantity = lines.stream().mapToLong(ShipmentView.Line::quantity).sum();
    if (quantity > auth.remaining()) {
      throw CommandRejected.invalid(
          "lines",
          "the shipment holds "
              + quantity
              + " rounds; authorisation "
              + auth.id()
              + " has "
              + auth.remaining()
              + " of "
              + auth.quantity()
              + " remaining");
    }
    return new ShipmentCreated(
        id, customer, auth.id(), auth.product(), quantity, ShipmentEvent.Line.of(lines));
  }

  ShipmentStatus status() {
    return view.status();
  }

  /** Approved by someone other than its creator, while it awaits approval. */
  ShipmentApproved approve(Actor approver) {
    if (status() != ShipmentStatus.CREATED) {
      throw CommandRejected.conflict(
          "status", "shipment " + view.id() + " is " + status() + ", not awaiting approval");
    }
    if (view.createdBy().equals(approver.name())) {
      throw CommandRejected.conflict(
          "approver",
          approver.name() + " created shipment " + view.id() + "; a second person must approve it");
    }
    return new ShipmentApproved(view.id(), approver.name());
  }

  /** Dispatched, once approved; every unit it carries named once. */
  ShipmentDispatched dispatch() {
    if (status() != ShipmentStatus.APPROVED) {
      throw CommandRejected.conflict(
          "status",
          "shipment "
              + view.id()
              + " is "
              + status()
              + "; only an approved shipment"
              + " is dispatched");
    }
    return new ShipmentDispatched(
        view.id(),
        view.customer(),
        view.authorisation(),
        ShipmentEvent.Line.of(view.lines()),
        view.lines().stream()
            .map(ShipmentView.Line::unit)
            .filter(Objects::nonNull)
            .distinct()
            .toList());
  }

  /** Cancelled, before dispatch only; what it used of its authorisation is freed. */
  ShipmentCancelled cancel(String reason) {
    if (!status().pending()) {
      throw CommandRejected.conflict(
          "status",
          "shipment "
              + view.id()
              + " is "
              + status()
              + "; only one not yet dispatched is cancelled");
    }
    return new ShipmentCancelled(view.id(), view.authorisation(), view.quantity(), reason);
  }

  /** Received by the consignee, while in transit. */
  ShipmentReceived receive(LocalDate receivedOn, String receivedBy, String document) {
    if (status() != ShipmentStatus.DISPATCHED) {
      throw CommandRejected.conflict(
          "status",
          "shipment " + view.id() + " is " + status() + "; only one in transit is received");
    }
    return new ShipmentReceived(view.id(), receivedOn, receivedBy, document);
  }

  /**
   * Linked to the open order of its customer and product that still awaits at least its rounds;
   * only once shipped, so a linked quantity can never be cancelled away.
   */
  ShipmentLinkedToOrder linkTo(CustomerOrder order) {
    requireShipped("status", "; only a dispatched one is linked");
    String orderId = order.id();
    if (order.status() != io.tally.orders.OrderStatus.OPEN) {
      throw CommandRejected.conflict("order", "order " + orderId + " is " + order.status());
    }
    if (!order.customer().equals(view.customer()) || !order.product().equals(view.product())) {
      throw CommandRejected.conflict(
          "order",
          "order "
              + orderId
              + " is for "
              + order.customer()
              + ", "
              + order.product()
              + "; shipment "
              + view.id()
              + " went to "
              + view.customer()
              + ", "
              + view.product());
    }
    long awaited = order.quantity() - order.shipped();
    if (view.quantity() > awaited) {
      throw CommandRejected.conflict(
          "order",
          "order "
              + orderId
              + " awaits "
              + awaited
              + " rounds; shipment "
              + view.id()
              + " holds "
              + view.quantity());
    }
    return new ShipmentLinkedToOrder(view.id(), orderId, view.quantity());
  }

  /** Refused unless dispatched or received: {@code why} completes the message. */
  void requireShipped(String field, String why) {
    if (!status().shipped()) {
      throw CommandRejected.conflict(field, "shipment " + view.id() + " is " + status() + why);
    }
  }
}
