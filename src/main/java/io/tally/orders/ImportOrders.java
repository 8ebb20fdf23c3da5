package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.orders.model.Order;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Imports customer orders. Each order is placed under an authorisation of its customer that covers
 * its product on its due date and has enough quantity left to order; a file with any row that
 * breaks a rule is refused whole and nothing is written. An order id is recorded once.
 */
@Component
class ImportOrders implements CommandHandler<OrderCommands.Import, Orders.ImportResult> {
  private final Orders orders;
  private final Authorisations authorisations;
  private final Ledger ledger;

  ImportOrders(Orders orders, Authorisations authorisations, Ledger ledger) {
    this.orders = orders;
    this.authorisations = authorisations;
    this.ledger = ledger;
  }

  @Override
  public Class<OrderCommands.Import> commandType() {
    return OrderCommands.Import.class;
  }

  @Override
  public Orders.ImportResult handle(OrderCommands.Import command, Actor actor) {
    String source = command.source();
    List<Order> wanted = command.orders();
    List<CustomerOrder> out = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Order o = wanted.get(i);
      if (orders.find(o.id().value()).isPresent()) {
        throw rowProblem(
            source, command.where(i, "order"), "order '" + o.id() + "' exists already");
      }
      // Each row's order is appended before the next row is checked, and the authorisation's
      // projection follows the ledger inside this transaction: remainingToOrder already counts the
      // earlier rows of the file (adding them again refused files that fit).
      Authorisation a = authorisationFor(source, command, i, o);
      long seq =
          ledger
              .append(
                  actor,
                  new OrderEvent.OrderRecorded(
                      o.id().value(),
                      o.customer().value(),
                      a.id(),
                      o.product().value(),
                      o.quantity(),
                      o.due(),
                      o.priority()))
              .get(0)
              .seq();
      out.add(
          new CustomerOrder(
              o.id().value(),
              o.customer().value(),
              a.id(),
              o.product().value(),
              o.quantity(),
              o.due(),
              o.priority(),
              OrderStatus.OPEN,
              seq,
              0));
    }
    return new Orders.ImportResult(out.size(), out);
  }

  private Authorisation authorisationFor(
      String source, OrderCommands.Import command, int i, Order o) {
    List<Authorisation> covering =
        authorisations.all(o.customer().value()).stream()
            .filter(a -> a.product().equals(o.product().value()) && a.validOn(o.due()))
            .toList();
    if (covering.isEmpty()) {
      throw rowProblem(
          source,
          command.where(i, "product"),
          "no authorisation of " + o.customer() + " covers " + o.product() + " on " + o.due());
    }
    return covering.stream()
        .filter(a -> a.remainingToOrder() >= o.quantity())
        .min(java.util.Comparator.comparing(Authorisation::validTo))
        .orElseThrow(
            () ->
                rowProblem(
                    source,
                    command.where(i, "quantity"),
                    o.quantity()
                        + " is more than the remaining quantity of "
                        + o.customer()
                        + "'s authorisations for "
                        + o.product()
                        + " ("
                        + covering.stream().map(a -> a.id() + ": " + a.remainingToOrder()).toList()
                        + ")"));
  }

  private static CommandRejected rowProblem(String source, String where, String reason) {
    return CommandRejected.invalid(where, source + ": " + where + ": " + reason);
  }
}
