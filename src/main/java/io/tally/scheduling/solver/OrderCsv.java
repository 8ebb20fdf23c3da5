package io.tally.scheduling.solver;

import io.tally.plant.model.CustomerId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes orders as CSV with the header {@code
 * order,customer,product,quantity,due,priority} (due an ISO date). A file with any bad row is
 * refused whole, naming the first bad row and column; customers and products must exist in the
 * plant.
 */
public final class OrderCsv {
  public static final String HEADER = "order,customer,product,quantity,due,priority";
  private static final String[] COLUMNS = HEADER.split(",");

  private OrderCsv() {}

  public static List<Order> read(String source, List<String> lines, Plant plant) {
    if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
      throw new OrderFileException(source + ": row 1: expected the header '" + HEADER + "'");
    }
    List<Order> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int row = i + 1;
      String[] f = line.split(",", -1);
      if (f.length != COLUMNS.length) {
        throw new OrderFileException(
            source + ": row " + row + ": expected 6 columns, found " + f.length);
      }
      String id = f[0].trim();
      if (id.isEmpty() || !ids.add(id)) {
        throw bad(source, row, 0, "'" + id + "' is empty or repeats an earlier order");
      }
      CustomerId customer = new CustomerId(nonBlank(source, row, 1, f[1]));
      if (plant.findCustomer(customer).isEmpty()) {
        throw bad(source, row, 1, "unknown customer '" + customer + "'");
      }
      ProductCode product = new ProductCode(nonBlank(source, row, 2, f[2]));
      if (plant.findProduct(product).isEmpty()) {
        throw bad(source, row, 2, "unknown product '" + product + "'");
      }
      long quantity;
      try {
        quantity = Long.parseLong(f[3].trim());
      } catch (NumberFormatException e) {
        throw bad(source, row, 3, "'" + f[3].trim() + "' is not a whole number");
      }
      if (quantity <= 0) {
        throw bad(source, row, 3, "quantity must be positive, was " + quantity);
      }
      LocalDate due;
      try {
        due = LocalDate.parse(f[4].trim());
      } catch (DateTimeParseException e) {
        throw bad(source, row, 4, "'" + f[4].trim() + "' is not an ISO date (YYYY-MM-DD)");
      }
      int priority;
      try {
        priority = Integer.parseInt(f[5].trim());
      } catch (NumberFormatException e) {
        priority = 0;
      }
      if (priority < 1 || priority > 5) {
        throw bad(source, row, 5, "priority must be 1 to 5, was '" + f[5].trim() + "'");
      }
      out.add(new Order(new OrderId(id), customer, product, quantity, due, priority));
    }
    return out;
  }

  public static String write(List<Order> orders) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Order o : orders) {
      b.append(o.id()).append(',').append(o.customer()).append(',').append(o.product());
      b.append(',').append(o.quantity()).append(',').append(o.due()).append(',');
      b.append(o.priority()).append('\n');
    }
    return b.toString();
  }

  private static String nonBlank(String source, int row, int col, String v) {
    if (v.isBlank()) {
      throw bad(source, row, col, "must not be empty");
    }
    return v.trim();
  }

  private static OrderFileException bad(String source, int row, int col, String reason) {
    return new OrderFileException(
        source + ": row " + row + ", column " + COLUMNS[col] + ": " + reason);
  }
}
