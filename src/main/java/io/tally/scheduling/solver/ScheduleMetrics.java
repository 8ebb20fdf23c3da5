package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a plan's metrics from its dated jobs and changeovers alone, independently of the
 * search's own bookkeeping: a lot is late by the time it ends after the end of its order's due day,
 * weighted by the order's priority weight.
 */
final class ScheduleMetrics {
  private ScheduleMetrics() {}

  static PlanMetrics of(Schedule s, List<Order> orders, PlanLowerBound bound) {
    Map<OrderId, Order> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id(), o));
    double weighted = 0;
    Set<OrderId> late = new HashSet<>();
    LocalDateTime makespan = null;
    for (ScheduledJob j : s.jobs()) {
      Order o = byId.get(j.order());
      LocalDateTime due = o.due().plusDays(1).atStartOfDay();
      if (j.end().isAfter(due)) {
        weighted += o.weight() * Duration.between(due, j.end()).toMinutes() / 60.0;
        late.add(o.id());
      }
      makespan = makespan == null || j.end().isAfter(makespan) ? j.end() : makespan;
    }
    double changeover = s.changeovers().stream().mapToInt(Changeover::minutes).sum() / 60.0;
    return new PlanMetrics(round(weighted), late.size(), round(changeover), makespan, bound);
  }

  static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }
}
