package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.LineId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Work orders and the dispatch lists they make: a line's orders not yet completed, in planned
 * order. They are entered by {@link EnterWorkOrder} and cancelled by {@link CancelWorkOrder}.
 */
@Service
public class WorkOrders {
  private final ExecutionQueries queries;
  private final Ledger ledger;

  WorkOrders(ExecutionQueries queries, Ledger ledger) {
    this.queries = queries;
    this.ledger = ledger;
  }

  /**
   * Cancels a work order no run has started, so it leaves the dispatch list (a re-plan replaces
   * it). Runs inside the caller's command; refused for a started, completed or unknown order.
   */
  public void cancelUnstarted(Actor actor, String workOrder, String reason) {
    WorkOrder w =
        WorkOrder.of(
            queries
                .workOrder(workOrder)
                .orElseThrow(
                    () ->
                        CommandRejected.notFound(
                            "workOrder", "no work order '" + workOrder + "'")));
    ledger.append(actor, w.cancel(reason == null ? "" : reason));
  }

  public java.util.Optional<WorkOrderView> find(String id) {
    return queries.workOrder(id);
  }

  /** The line's open work orders in planned order; what the line should make next comes first. */
  public List<DispatchEntry> dispatchList(LineId line) {
    return queries.dispatchList(line);
  }
}
