package io.tally.scheduling.solver;

/** An orders file refused whole; the message names the row and column. */
public class OrderFileException extends RuntimeException {
  public OrderFileException(String message) {
    super(message);
  }
}
