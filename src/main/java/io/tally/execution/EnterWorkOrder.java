package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import io.tally.plant.model.Product;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Enters a planner's work order for a line that takes work and can make the product; it joins the
 * line's dispatch list. Accepting a schedule enters its work orders through this command too.
 */
@Component
class EnterWorkOrder implements CommandHandler<WorkOrderRequest, WorkOrderView> {
  static final long MAX_QUANTITY = 1_000_000_000L;
  // A plan reaches years ahead; an order planned longer ago than a year is a typing error.
  private static final Duration PAST = Duration.ofDays(366);
  private static final Duration AHEAD = Duration.ofDays(5 * 366);

  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;

  EnterWorkOrder(PlantLookup plant, ExecutionQueries queries, Ledger ledger) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
  }

  @Override
  public Class<WorkOrderRequest> commandType() {
    return WorkOrderRequest.class;
  }

  @Override
  public WorkOrderView handle(WorkOrderRequest r, Actor actor) {
    WorkOrderId id = id(r.id());
    Line line = plant.line(r.line());
    Product product = plant.product(r.product());
    Long quantity = Quantity.whole("quantity", r.quantity(), 1, MAX_QUANTITY);
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
    plant.requireWork(line, product);
    if (queries.workOrder(id.value()).isPresent()) {
      throw CommandRejected.conflict("id", "a work order '" + id + "' exists already");
    }
    ledger.append(
        actor,
        new ExecutionEvent.WorkOrderEntered(
            id, line.id(), product.code(), quantity, r.plannedStart()));
    return queries.workOrder(id.value()).orElseThrow();
  }

  private static WorkOrderId id(String text) {
    try {
      return new WorkOrderId(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("id", e.getMessage());
    }
  }
}
