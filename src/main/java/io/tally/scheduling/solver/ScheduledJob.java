package io.tally.scheduling.solver;

import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.LocalDateTime;

/** One job of the plan: part of an order (at most a lot) on a line from start to end. */
public record ScheduledJob(
    OrderId order,
    LineId line,
    ProductCode product,
    long quantity,
    LocalDateTime start,
    LocalDateTime end,
    boolean pinned) {}
