package io.tally.execution;

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
    WorkOrder order = r.workOrder() == null ? null : order(r.workOrder(), line);
    String productCode =
        r.product() == null && order != null ? order.product().value() : r.product();
    Product product = plant.product(productCode);
    if (order != null) {
      order.requireProduct(product.code());
    }
    plant.requireWork(line, product);
    Instant now = plant.now();
    RunId run = RunId.number(queries.count("production_run") + 1);
    ExecutionEvent.RunStarted started =
        ProductionRun.start(
            queries.openRun(line.id()).map(ProductionRun::of),
            run,
            line.id(),
            product.code(),
            () -> lots.nextNumber(line, product, now),
            order,
            now,
            line.capability(product.code()).map(Line.Capability::ratedPerHour).orElse(null));
    ledger.append(actor, started);
    lots.open(actor, started.lot(), queries.requireRun(run), now);
    return queries.run(run.value()).orElseThrow();
  }

  private WorkOrder order(String id, Line line) {
    return WorkOrder.of(
            queries
                .workOrder(id)
                .orElseThrow(
                    () -> CommandRejected.notFound("workOrder", "no work order '" + id + "'")))
        .requireStartableOn(line.id());
  }
}
