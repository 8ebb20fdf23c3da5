package io.tally.scheduling;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunView;
import io.tally.execution.WorkOrderView;
import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.scheduling.solver.PinnedJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jobs a re-plan must keep: on each line that takes work, the open run's work order, when an
 * accepted schedule entered it for an order still open, with what is left of it.
 */
@Component
class StartedJobs {
  private final ExecutionQueries execution;
  private final JdbcClient jdbc;

  StartedJobs(ExecutionQueries execution, JdbcClient jdbc) {
    this.execution = execution;
    this.jdbc = jdbc;
  }

  List<PinnedJob> pinned(Plant plant, List<Order> open) {
    Set<String> openIds = open.stream().map(o -> o.id().value()).collect(Collectors.toSet());
    List<PinnedJob> out = new ArrayList<>();
    for (Line line : plant.lines()) {
      if (!line.state().takesWork()) {
        continue;
      }
      Optional<RunView> run = execution.openRun(line.id());
      if (run.isEmpty() || run.get().workOrder() == null) {
        continue;
      }
      String workOrder = run.get().workOrder();
      Optional<String> order =
          jdbc.sql("SELECT order_id FROM schedule_job WHERE work_order = ?")
              .param(workOrder)
              .query(String.class)
              .optional();
      long remaining = execution.workOrder(workOrder).map(WorkOrderView::remaining).orElse(0L);
      if (order.isPresent() && openIds.contains(order.get()) && remaining > 0) {
        out.add(new PinnedJob(new OrderId(order.get()), line.id(), remaining));
      }
    }
    return out;
  }
}
