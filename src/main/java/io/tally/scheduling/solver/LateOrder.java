package io.tally.scheduling.solver;

import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Why an order is late, in terms a planner can act on: the line its last lot is on, how much work
 * came first there, the changeovers and maintenance windows in the way, and whether the lines that
 * can make the product had enough hours before the due date at all.
 */
public record LateOrder(
    OrderId order,
    int priority,
    LocalDate due,
    LocalDateTime finishes,
    double hoursLate,
    LineId line,
    double workBeforeHours,
    double workDueLaterBeforeHours,
    int changeoversBefore,
    double changeoverHoursBefore,
    List<String> maintenanceInWay,
    double capableLinesHoursUntilDue,
    double demandDueByThenHours,
    String explanation) {
  public LateOrder {
    maintenanceInWay = List.copyOf(maintenanceInWay);
  }
}
