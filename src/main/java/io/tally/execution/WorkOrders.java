package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Work orders and the dispatch lists they make: a line's orders not yet completed, in planned
 * order. The scheduler will enter orders through the same command later.
 */
@Service
public class WorkOrders {
  static final long MAX_QUANTITY = 1_000_000_000L;
  // A plan reaches years ahead; an order planned longer ago than a year is a typing error.
  private static final Duration PAST = Duration.ofDays(366);
  private static final Duration AHEAD = Duration.ofDays(5 * 366);

  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;

  WorkOrders(
      PlantLookup plant,
      ExecutionQueries queries,
      Ledger ledger,
      LedgerLock lock,
      Commands commands) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
  }

  public WorkOrderView enter(Actor actor, String key, WorkOrderRequest r) {
    WorkOrderId id = id(r.id());
    Line line = plant.line(r.line());
    Product product = plant.product(r.product());
    Long quantity = Amounts.whole("quantity", r.quantity(), 1, MAX_QUANTITY);
    if (quantity == null) {
      throw CommandRejected.invalid("quantity", "quantity is required, 1 to " + MAX_QUANTITY);
    }
    if (r.plannedStart() == null) {
      throw CommandRejected.invalid("plannedStart", "plannedStart is required (ISO instant)");
    }
    Instant now = plant.now();
    if (r.plannedStart().isBefore(now.minus(PAST)) || r.plannedStart().isAfter(now.plus(AHEAD))) {
      throw CommandRejected.invalid(
          "plannedStart",
          "plannedStart must be within a year before and five years after now, got "
              + r.plannedStart());
    }
    return commands.run(
        actor,
        key,
        "workorder.enter",
        r,
        WorkOrderView.class,
        () -> {
          lock.hold();
          plant.requireWork(line, product);
          if (queries.workOrder(id.value()).isPresent()) {
            throw CommandRejected.conflict("id", "a work order '" + id + "' exists already");
          }
          ledger.append(
              actor,
              new ExecutionEvent.WorkOrderEntered(
                  id, line.id(), product.code(), quantity, r.plannedStart()));
          return queries.workOrder(id.value()).orElseThrow();
        });
  }

  /**
   * Cancels a work order no run has started, so it leaves the dispatch list (a re-plan replaces
   * it). Runs inside the caller's command; refused for a started, completed or unknown order.
   */
  public void cancelUnstarted(Actor actor, String workOrder, String reason) {
    WorkOrderView w =
        queries
            .workOrder(workOrder)
            .orElseThrow(
                () -> CommandRejected.notFound("workOrder", "no work order '" + workOrder + "'"));
    if (!"OPEN".equals(w.status()) || w.good() > 0) {
      throw CommandRejected.conflict(
          "workOrder",
          "work order " + workOrder + " is " + w.status() + "; only an unstarted one is cancelled");
    }
    ledger.append(
        actor,
        new ExecutionEvent.WorkOrderCancelled(
            new WorkOrderId(w.id()), reason == null ? "" : reason));
  }

  public java.util.Optional<WorkOrderView> find(String id) {
    return queries.workOrder(id);
  }

  /** Cancels an unstarted work order as a command of its own (PLANNER, ADMIN). */
  public WorkOrderView cancel(Actor actor, String key, String workOrder, String reason) {
    return commands.run(
        actor,
        key,
        "workorder.cancel",
        Map.of("workOrder", workOrder, "reason", reason == null ? "" : reason),
        WorkOrderView.class,
        () -> {
          lock.hold();
          cancelUnstarted(actor, workOrder, reason);
          return queries.workOrder(workOrder).orElseThrow();
        });
  }

  /** The line's open work orders in planned order; what the line should make next comes first. */
  public List<DispatchEntry> dispatchList(LineId line) {
    return queries.dispatchList(line);
  }

  private static WorkOrderId id(String text) {
    try {
      return new WorkOrderId(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("id", e.getMessage());
    }
  }
}
