package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import java.time.LocalDateTime;

/**
 * How good a plan is: weighted tardiness in hours (see {@link Order#weight()}), orders with any lot
 * late, changeover working hours, the end of the last job, and the lower bound of the run.
 */
public record PlanMetrics(
    double tardinessHours,
    int lateOrders,
    double changeoverHours,
    LocalDateTime makespan,
    PlanLowerBound lowerBound) {}
