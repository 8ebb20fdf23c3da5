package io.tally.scheduling;

import io.tally.execution.WorkOrderId;
import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.scheduling.solver.Changeover;
import io.tally.scheduling.solver.LateOrder;
import io.tally.scheduling.solver.PlanMetrics;
import io.tally.scheduling.solver.ScheduledJob;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts scheduling records in the ledger. Times in a plan are the plant's local date-times;
 * hours are rounded to two decimals, as planners read them.
 */
public sealed interface ScheduleEvent extends Event {

  /**
   * A plan accepted from a day on: its metrics, jobs (each with the work order it was entered as,
   * none for a pinned job), changeovers and late orders with their explanations. Replay rebuilds
   * the accepted schedule from it alone.
   */
  @EventType("ScheduleAccepted")
  record ScheduleAccepted(
      String schedule,
      LocalDate from,
      int jobsCount,
      Metrics metrics,
      List<Job> jobs,
      List<ChangeoverSlot> changeovers,
      List<Late> lateOrders)
      implements ScheduleEvent {}

  /** A plan's metrics and the lower bound of its run. */
  record Metrics(
      double tardinessHours,
      int lateOrders,
      double changeoverHours,
      LocalDateTime makespan,
      Bound lowerBound) {
    static Metrics of(PlanMetrics m) {
      return new Metrics(
          round(m.tardinessHours()),
          m.lateOrders(),
          round(m.changeoverHours()),
          m.makespan(),
          new Bound(round(m.lowerBound().tardinessHours()), m.lowerBound().makespan()));
    }
  }

  /** No plan can do better than this tardiness or end earlier than this. */
  record Bound(double tardinessHours, LocalDateTime makespan) {}

  /** A job of the plan. */
  record Job(
      @Nullable WorkOrderId workOrder,
      OrderId order,
      LineId line,
      ProductCode product,
      long quantity,
      LocalDateTime start,
      LocalDateTime end,
      boolean pinned) {
    static Job of(ScheduledJob j, @Nullable WorkOrderId workOrder) {
      return new Job(
          workOrder,
          j.order(),
          j.line(),
          j.product(),
          j.quantity(),
          j.start(),
          j.end(),
          j.pinned());
    }
  }

  /** A changeover of the plan, in working minutes. */
  record ChangeoverSlot(
      LineId line,
      LocalDateTime start,
      LocalDateTime end,
      ProductCode from,
      ProductCode to,
      int minutes) {
    static ChangeoverSlot of(Changeover c) {
      return new ChangeoverSlot(c.line(), c.start(), c.end(), c.from(), c.to(), c.minutes());
    }
  }

  /** An order the plan finishes late, and why. */
  record Late(
      OrderId order,
      int priority,
      LocalDate due,
      LocalDateTime finishes,
      double hoursLate,
      @Nullable LineId line,
      String explanation) {
    static Late of(LateOrder l) {
      return new Late(
          l.order(),
          l.priority(),
          l.due(),
          l.finishes(),
          round(l.hoursLate()),
          l.line(),
          l.explanation());
    }
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
