package io.tally.scheduling.solver;

import io.tally.plant.model.CustomerId;
import io.tally.plant.model.ProductCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Demand to plan: a quantity of a product for a customer, due by the end of a day, with a priority
 * from 1 (highest) to 5.
 */
public record Order(
    OrderId id,
    CustomerId customer,
    ProductCode product,
    long quantity,
    LocalDate due,
    int priority) {
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(due, "due");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    if (priority < 1 || priority > 5) {
      throw new IllegalArgumentException("priority must be 1 to 5");
    }
  }

  /**
   * The tardiness weight: each step of priority doubles it, so priority 1 weighs 16, 2 weighs 8, 3
   * weighs 4, 4 weighs 2 and 5 weighs 1.
   */
  public int weight() {
    return 1 << (5 - priority);
  }
}
