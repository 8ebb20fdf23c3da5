package io.tally.execution;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import io.tally.plant.model.Product;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Starts a run on a line: one open run per line, only on a line that takes work and can make the
 * product, optionally against an open work order of that line; the run opens its first lot.
 */
@Component
class StartRun implements CommandHandler<StartRunRequest, RunView> {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final LotBook lots;
  private final Ledger ledger;

  StartRun(PlantLookup plant, ExecutionQueries queries, LotBook lots, Ledger ledger) {
    this.plant = plant;
    this.queries = queries;
    this.lots = lots;
    this.ledger = ledger;
  }

  @Override
  public Class<StartRunRequest> commandType() {
    return StartRunRequest.class;
  }

  @Override
  public RunView handle(StartRunRequest r, Actor actor) {
    Line line = plant.line(r.line());
    WorkOrderView order = r.workOrder() == null ? null : order(r.workOrder(), line);
    String productCode = r.product() == null && order != null ? order.product() : r.product();
    Product product = plant.product(productCode);
    if (order != null && !order.product().equals(product.code().value())) {
      throw CommandRejected.invalid(
          "product", "work order " + order.id() + " is for " + order.product());
    }
    plant.requireWork(line, product);
    queries
        .openRun(line.id())
        .ifPresent(
            open -> {
              throw CommandRejected.conflict(
                  "line", "line " + line.id() + " already runs " + open.run());
            });
    Instant now = plant.now();
    RunId run = RunId.number(queries.count("production_run") + 1);
    LotNumber lot = lots.nextNumber(line, product, now);
    ledger.append(
        actor,
        new ExecutionEvent.RunStarted(
            run,
            line.id(),
            product.code(),
            lot,
            order == null ? null : new WorkOrderId(order.id()),
            now,
            line.capability(product.code()).map(Line.Capability::ratedPerHour).orElse(null)));
    RunView started = queries.run(run.value()).orElseThrow();
    lots.open(actor, lot, started, now);
    return queries.run(run.value()).orElseThrow();
  }

  private WorkOrderView order(String id, Line line) {
    WorkOrderView order =
        queries
            .workOrder(id)
            .orElseThrow(() -> CommandRejected.notFound("workOrder", "no work order '" + id + "'"));
    if (!order.line().equals(line.id().value())) {
      throw CommandRejected.invalid(
          "workOrder", "work order " + id + " is for line " + order.line());
    }
    if (order.status() != WorkOrderStatus.OPEN) {
      throw CommandRejected.conflict("workOrder", "work order " + id + " is " + order.status());
    }
    return order;
  }
}
