package io.tally.scheduling.solver;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What no plan can beat: weighted tardiness, the larger of what each lot has even alone on its
 * fastest line and what demand beyond a group's working hours before a due date forces; the
 * earliest possible makespan; and per group of lines the demand against the working hours until the
 * group's last due date.
 */
public record PlanLowerBound(
    double tardinessHours, LocalDateTime makespan, List<GroupCapacity> capacity) {
  public PlanLowerBound {
    capacity = List.copyOf(capacity);
  }

  /** Demand hours (at rated rate) of a group of lines against its working hours up to a date. */
  public record GroupCapacity(
      List<LineId> lines,
      List<ProductCode> products,
      double demandHours,
      double availableHours,
      LocalDateTime until) {
    public GroupCapacity {
      lines = List.copyOf(lines);
      products = List.copyOf(products);
    }
  }
}
