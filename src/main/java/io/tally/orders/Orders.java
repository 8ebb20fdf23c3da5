package io.tally.orders;

import io.tally.kernel.CommandRejected;
import io.tally.orders.model.Order;
import io.tally.orders.model.OrderCsv;
import io.tally.orders.model.OrderFileException;
import io.tally.plant.PlantService;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Customer orders, read from CSV into the command {@link ImportOrders} decides, and looked up. */
@Service
public class Orders {
  private final PlantService plant;
  private final JdbcClient jdbc;

  Orders(PlantService plant, JdbcClient jdbc) {
    this.plant = plant;
    this.jdbc = jdbc;
  }

  /** The outcome of an import: the orders recorded, each with its authorisation. */
  public record ImportResult(int imported, List<CustomerOrder> orders) {}

  /** The orders of a CSV file, checked for form, as the command that imports them. */
  public OrderCommands.Import read(String source, String csv) {
    return read(source, new BufferedReader(new StringReader(csv)));
  }

  /**
   * The orders read from a reader, row by row, checked for form before the command runs; the
   * command's idempotency key is bound to the orders read, not to the bytes sent.
   */
  public OrderCommands.Import read(String source, BufferedReader csv) {
    return new OrderCommands.Import(source, parse(source, csv));
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
