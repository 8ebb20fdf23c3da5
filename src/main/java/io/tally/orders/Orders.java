package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.orders.model.Order;
import io.tally.orders.model.OrderCsv;
import io.tally.orders.model.OrderFileException;
import io.tally.plant.PlantService;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customer orders, imported from CSV. Each order is placed under an authorisation of its customer
 * that covers its product on its due date and has enough quantity left to order; a file with any
 * row that breaks a rule is refused whole and nothing is written.
 */
@Service
public class Orders {
  static final String RECORDED = "OrderRecorded";

  private final PlantService plant;
  private final Authorisations authorisations;
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;

  Orders(
      PlantService plant,
      Authorisations authorisations,
      JdbcClient jdbc,
      Ledger ledger,
      Commands commands) {
    this.plant = plant;
    this.authorisations = authorisations;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
  }

  /** The outcome of an import: the orders recorded, each with its authorisation. */
  public record ImportResult(int imported, List<CustomerOrder> orders) {}

  public ImportResult importCsv(Actor actor, String key, String source, String csv) {
    return importCsv(actor, key, source, new BufferedReader(new StringReader(csv)));
  }

  /**
   * Imports from a reader, row by row; the orders are read (and checked for form) before the
   * command runs, and the idempotency key is bound to the orders read, not to the bytes sent.
   */
  public ImportResult importCsv(Actor actor, String key, String source, BufferedReader csv) {
    List<Order> orders = parse(source, csv);
    return commands.run(
        actor,
        key,
        "orders.import",
        Map.of("source", source, "orders", orders),
        ImportResult.class,
        () -> {
          Map<String, Long> taken = new HashMap<>();
          List<CustomerOrder> out = new ArrayList<>();
          for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            int row = i + 2;
            if (find(o.id().value()).isPresent()) {
              throw rowProblem(source, row, "order", "order '" + o.id() + "' exists already");
            }
            Authorisation a = authorisationFor(source, row, o, taken);
            taken.merge(a.id(), o.quantity(), Long::sum);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("order", o.id().value());
            p.put("customer", o.customer().value());
            p.put("authorisation", a.id());
            p.put("product", o.product().value());
            p.put("quantity", o.quantity());
            p.put("due", o.due().toString());
            p.put("priority", o.priority());
            long seq = ledger.append(actor, RECORDED, p).seq();
            out.add(
                new CustomerOrder(
                    o.id().value(),
                    o.customer().value(),
                    a.id(),
                    o.product().value(),
                    o.quantity(),
                    o.due(),
                    o.priority(),
                    "OPEN",
                    seq,
                    0));
          }
          return new ImportResult(out.size(), out);
        });
  }

  private List<Order> parse(String source, BufferedReader csv) {
    try {
      return OrderCsv.read(source, csv, plant.plant());
    } catch (OrderFileException e) {
      throw CommandRejected.invalid(
          e.row() == 0 ? "file" : "row " + e.row() + ", column " + e.column(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("file", source + ": " + e.getMessage());
    }
  }

  private Authorisation authorisationFor(String source, int row, Order o, Map<String, Long> taken) {
    List<Authorisation> covering =
        authorisations.all(o.customer().value()).stream()
            .filter(a -> a.product().equals(o.product().value()) && a.validOn(o.due()))
            .toList();
    if (covering.isEmpty()) {
      throw rowProblem(
          source,
          row,
          "product",
          "no authorisation of " + o.customer() + " covers " + o.product() + " on " + o.due());
    }
    return covering.stream()
        .filter(a -> a.remainingToOrder() - taken.getOrDefault(a.id(), 0L) >= o.quantity())
        .min(java.util.Comparator.comparing(Authorisation::validTo))
        .orElseThrow(
            () ->
                rowProblem(
                    source,
                    row,
                    "quantity",
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

  private static CommandRejected rowProblem(String source, int row, String column, String reason) {
    return CommandRejected.invalid(
        "row " + row + ", column " + column,
        source + ": row " + row + ", column " + column + ": " + reason);
  }

  public Optional<CustomerOrder> find(String id) {
    return jdbc.sql(OrderProjection.SELECT + " WHERE id = ?")
        .param(id)
        .query(OrderProjection.MAPPER)
        .optional();
  }

  public List<CustomerOrder> open() {
    return jdbc.sql(OrderProjection.SELECT + " WHERE status = 'OPEN' ORDER BY due, priority, id")
        .query(OrderProjection.MAPPER)
        .list();
  }

  public List<CustomerOrder> all() {
    return jdbc.sql(OrderProjection.SELECT + " ORDER BY due, priority, id")
        .query(OrderProjection.MAPPER)
        .list();
  }
}
