package io.tally.scheduling.solver;

/** The identifier of a customer order, as the orders file writes it. */
public record OrderId(String value) {
  public OrderId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("order id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
