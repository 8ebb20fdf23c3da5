package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import io.tally.plant.model.Plant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to plan: the plant, the orders, the first day of the plan, how long to search, and the jobs
 * already started. The engine is our local search unless Timefold is asked for.
 */
public record PlanRequest(
    Plant plant,
    List<Order> orders,
    LocalDate from,
    Duration timeLimit,
    List<PinnedJob> pinned,
    Engine engine,
    long seed) {

  /** Which search improves the starting plan. */
  public enum Engine {
    LOCAL_SEARCH,
    TIMEFOLD
  }

  public PlanRequest {
    Objects.requireNonNull(plant, "plant");
    orders = List.copyOf(orders);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(timeLimit, "timeLimit");
    pinned = List.copyOf(pinned);
    Objects.requireNonNull(engine, "engine");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive");
    }
  }
}
