package io.tally.scheduling.solver;

import java.util.List;

/** A plan: jobs and changeovers per line, its metrics, and an explanation for each late order. */
public record Schedule(
    List<ScheduledJob> jobs,
    List<Changeover> changeovers,
    PlanMetrics metrics,
    List<LateOrder> lateOrders) {
  public Schedule {
    jobs = List.copyOf(jobs);
    changeovers = List.copyOf(changeovers);
    lateOrders = List.copyOf(lateOrders);
  }
}
