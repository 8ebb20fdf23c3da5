package io.tally.orders.model;

/** An orders file refused whole; the message names the row and column. */
public class OrderFileException extends RuntimeException {
  private final int row;
  private final String column;

  public OrderFileException(String message) {
    this(message, 0, null);
  }

  public OrderFileException(String message, int row, String column) {
    super(message);
    this.row = row;
    this.column = column;
  }

  /** The 1-based row (the header is row 1), 0 when the problem is the whole file. */
  public int row() {
    return row;
  }

  /** The column's header name, or null. */
  public String column() {
    return column;
  }
}
