package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.orders.model.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Long> taken = new HashMap<>();
    List<CustomerOrder> out = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Order o = wanted.get(i);
      if (orders.find(o.id().value()).isPresent()) {
        throw rowProblem(
            source, command.where(i, "order"), "order '" + o.id() + "' exists already");
      }
      Authorisation a = authorisationFor(source, command, i, o, taken);
      taken.merge(a.id(), o.quantity(), Long::sum);
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
      String source, OrderCommands.Import command, int i, Order o, Map<String, Long> taken) {
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
        .filter(a -> a.remainingToOrder() - taken.getOrDefault(a.id(), 0L) >= o.quantity())
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
                        + covering.stream()
                            .map(
                                a ->
                                    a.id()
                                        + ": "
                                        + (a.remainingToOrder() - taken.getOrDefault(a.id(), 0L)))
                            .toList()
                        + ")"));
  }

  private static CommandRejected rowProblem(String source, String where, String reason) {
    return CommandRejected.invalid(where, source + ": " + where + ": " + reason);
  }
}
