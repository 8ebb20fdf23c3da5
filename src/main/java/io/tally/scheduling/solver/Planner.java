package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import java.util.List;

/**
 * The plan entry point: a pure function from a request to a plan, callable from the CLI or a
 * service thread. It builds a due-date start, improves it with the chosen engine until the time
 * limit or a stop request on the control, and publishes each better plan to the control.
 */
public final class Planner {
  private Planner() {}

  public static PlanResult plan(PlanRequest request, SearchControl<Schedule> control) {
    long t0 = System.nanoTime();
    long deadline = t0 + request.timeLimit().toNanos();
    PlantProblem pp = PlantProblem.of(request);
    PlanLowerBound bound = PlanBounds.of(pp);
    List<Order> orders = request.orders();
    Schedule baseline = finish(pp, Construction.earliestDueDate(pp.problem, false), orders, bound);
    int[][] start = Construction.earliestDueDate(pp.problem, true);
    control.publish(finish(pp, start, orders, bound));
    long firstMillis = (System.nanoTime() - t0) / 1_000_000;
    int[][] best;
    long moves;
    String engine;
    if (request.engine() == PlanRequest.Engine.TIMEFOLD) {
      best = TimefoldBridge.improve(pp, start, deadline, control);
      moves = 0;
      engine = "timefold-1.32";
    } else {
      LocalSearch search = new LocalSearch(pp.problem, start, request.seed());
      best =
          search.run(
              deadline,
              System::nanoTime,
              control,
              seqs -> control.publish(finish(pp, seqs, orders, bound)));
      moves = search.iterations();
      engine = "local-search";
    }
    Schedule plan = finish(pp, best, orders, bound);
    control.publish(plan);
    return new PlanResult(
        plan, baseline.metrics(), engine, firstMillis, (System.nanoTime() - t0) / 1_000_000, moves);
  }

  private static Schedule finish(
      PlantProblem pp, int[][] sequences, List<Order> orders, PlanLowerBound bound) {
    Schedule timed = ScheduleBuilder.timed(pp, sequences);
    PlanMetrics metrics = ScheduleMetrics.of(timed, orders, bound);
    Schedule withMetrics = new Schedule(timed.jobs(), timed.changeovers(), metrics, List.of());
    return new Schedule(
        timed.jobs(), timed.changeovers(), metrics, LateExplainer.explain(pp, withMetrics, orders));
  }
}
