package io.tally.orders.model;

import io.tally.input.Forms;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes orders as CSV with the header {@code
 * order,customer,product,quantity,due,priority} (due an ISO date). A file with any bad row is
 * refused whole, naming the first bad row and column; customers and products must exist in the
 * plant. A text cell starting with {@code = + - @} is refused (a spreadsheet opening the file would
 * run it as a formula), the order id has the form of an {@link Forms#isId id}, the due day lies in
 * 2000 to 2100, and a message quotes a cell only as a short prefix.
 */
public final class OrderCsv {
  public static final String HEADER = "order,customer,product,quantity,due,priority";
  private static final String[] COLUMNS = HEADER.split(",");
  private static final int TEXT_COLUMNS = 3;

  private OrderCsv() {}

  public static List<Order> read(String source, List<String> lines, Plant plant) {
    return read(source, lines.iterator(), plant);
  }

  /** Reads row by row from {@code in}, so the file is never held whole as text. */
  public static List<Order> read(String source, BufferedReader in, Plant plant) {
    return read(source, in.lines().iterator(), plant);
  }

  private static List<Order> read(String source, Iterator<String> lines, Plant plant) {
    if (!lines.hasNext() || !lines.next().trim().equals(HEADER)) {
      throw new OrderFileException(source + ": row 1: expected the header '" + HEADER + "'");
    }
    List<Order> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int row = 2; lines.hasNext(); row++) {
      String line = lines.next();
      if (!line.isBlank()) {
        out.add(order(source, row, line, plant, ids));
      }
    }
    return out;
  }

  private static Order order(String source, int row, String line, Plant plant, Set<String> ids) {
    String[] f = line.split(",", -1);
    if (f.length != COLUMNS.length) {
      throw new OrderFileException(
          source + ": row " + row + ": expected 6 columns, found " + f.length);
    }
    for (int col = 0; col < TEXT_COLUMNS; col++) {
      if (Forms.startsLikeFormula(f[col].trim())) {
        throw bad(source, row, col, "a cell must not start with = + - @ (a spreadsheet formula)");
      }
    }
    String id = f[0].trim();
    if (!Forms.isId(id)) {
      throw bad(source, row, 0, Forms.idRule("the order id"));
    }
    if (!ids.add(id)) {
      throw bad(source, row, 0, "'" + id + "' repeats an earlier order");
    }
    CustomerId customer = new CustomerId(nonBlank(source, row, 1, f[1]));
    if (plant.findCustomer(customer).isEmpty()) {
      throw bad(source, row, 1, "unknown customer '" + Forms.echo(customer) + "'");
    }
    ProductCode product = new ProductCode(nonBlank(source, row, 2, f[2]));
    if (plant.findProduct(product).isEmpty()) {
      throw bad(source, row, 2, "unknown product '" + Forms.echo(product) + "'");
    }
    String q = f[3].trim();
    long quantity;
    try {
      quantity = Long.parseLong(q);
    } catch (NumberFormatException e) {
      throw bad(source, row, 3, "'" + Forms.echo(q) + "' is not a whole number");
    }
    if (quantity <= 0) {
      throw bad(source, row, 3, "quantity must be positive, was " + quantity);
    }
    if (quantity > Forms.QUANTITY_MAX) {
      throw bad(
          source, row, 3, "quantity must be at most " + Forms.QUANTITY_MAX + ", was " + quantity);
    }
    return new Order(
        new OrderId(id),
        customer,
        product,
        quantity,
        due(source, row, f[4]),
        priority(source, row, f[5]));
  }

  private static LocalDate due(String source, int row, String cell) {
    String d = cell.trim();
    LocalDate due;
    try {
      due = LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw bad(source, row, 4, "'" + Forms.echo(d) + "' is not an ISO date (YYYY-MM-DD)");
    }
    if (!Forms.isPlausible(due)) {
      throw bad(source, row, 4, "due " + Forms.echo(d) + " is not from 2000-01-01 to 2100-12-31");
    }
    return due;
  }

  private static int priority(String source, int row, String cell) {
    String p = cell.trim();
    int priority;
    try {
      priority = Integer.parseInt(p);
    } catch (NumberFormatException e) {
      priority = 0;
    }
    if (priority < 1 || priority > 5) {
      throw bad(source, row, 5, "priority must be 1 to 5, was '" + Forms.echo(p) + "'");
    }
    return priority;
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
        source + ": row " + row + ", column " + COLUMNS[col] + ": " + reason, row, COLUMNS[col]);
  }
}
