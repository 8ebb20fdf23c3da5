package io.tally.scheduling.solver;

import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import java.util.Objects;

/**
 * A job already running on a line: it stays there, first (in the given order), with the quantity
 * still to make.
 */
public record PinnedJob(OrderId order, LineId line, long quantity) {
  public PinnedJob {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(line, "line");
    if (quantity <= 0) {
      throw new IllegalArgumentException("a pinned job needs a positive remaining quantity");
    }
  }
}
