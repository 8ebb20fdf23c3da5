package io.tally.cli;

import io.tally.scheduling.solver.PlanMetrics;
import io.tally.scheduling.solver.PlanResult;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * A plan as text: its metrics beside the earliest-due-date list and the lower bound, the capacity
 * groups and the late orders.
 */
final class PlanText {
  private PlanText() {}

  static void print(PrintWriter out, PlanResult r, int orders, LocalDate start) {
    out.printf(
        "Plan of %d orders from %s (%s, %d jobs, first plan after %d ms, %d ms in all, %,d"
            + " moves)%n%n",
        orders,
        start,
        r.engine(),
        r.plan().jobs().size(),
        r.millisToFirstPlan(),
        r.millisTotal(),
        r.moves());
    out.printf(
        "%-26s %14s %12s %16s %18s%n",
        "", "tardiness h*w", "late orders", "changeover h", "makespan");
    row(out, "plan", r.plan().metrics());
    row(out, "earliest due date (list)", r.baselineEdd());
    var lb = r.plan().metrics().lowerBound();
    out.printf(
        "%-26s %14.2f %12s %16s %18s%n",
        "lower bound", lb.tardinessHours(), "-", "-", lb.makespan());
    out.println();
    for (var g : lb.capacity()) {
      out.printf(
          "Lines %s (%s): %.1f h of work, %.1f working hours until %s%n",
          g.lines(), g.products(), g.demandHours(), g.availableHours(), g.until());
    }
    if (!r.plan().lateOrders().isEmpty()) {
      out.printf("%nLate orders (%d), latest first:%n", r.plan().lateOrders().size());
      r.plan().lateOrders().stream().limit(20).forEach(l -> out.println("  " + l.explanation()));
    }
  }

  private static void row(PrintWriter out, String name, PlanMetrics m) {
    out.printf(
        "%-26s %14.2f %12d %16.2f %18s%n",
        name, m.tardinessHours(), m.lateOrders(), m.changeoverHours(), m.makespan());
  }
}
