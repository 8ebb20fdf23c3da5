package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Runs on lines: one open run per line, started only on a line that takes work and can make the
 * product; a run opens its first lot as it starts and closes its open lot as it ends.
 */
@Service
public class Runs {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final LotBook lots;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;

  Runs(
      PlantLookup plant,
      ExecutionQueries queries,
      LotBook lots,
      Ledger ledger,
      LedgerLock lock,
      Commands commands) {
    this.plant = plant;
    this.queries = queries;
    this.lots = lots;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
  }

  public RunView start(Actor actor, String key, StartRunRequest r) {
    Line line = plant.line(r.line());
    return commands.run(
        actor,
        key,
        "run.start",
        r,
        RunView.class,
        () -> {
          lock.hold();
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
        });
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
    if (!"OPEN".equals(order.status())) {
      throw CommandRejected.conflict("workOrder", "work order " + id + " is " + order.status());
    }
    return order;
  }

  /** Ends a run, closing its open lot (RUN_ENDED). */
  public RunView end(Actor actor, String key, String runId) {
    return commands.run(
        actor,
        key,
        "run.end",
        new RunCommand(runId),
        RunView.class,
        () -> {
          lock.hold();
          RunView run = openRun(runId);
          Instant now = plant.now();
          if (run.currentLot() != null) {
            lots.close(actor, run.currentLot(), CloseRule.RUN_ENDED, now);
          }
          ledger.append(
              actor,
              new ExecutionEvent.RunEnded(new RunId(run.run()), new LineId(run.line()), now));
          return queries.run(runId).orElseThrow();
        });
  }

  /** Closes a lot by hand (MANUAL); its run goes on and opens a new lot at its next count. */
  public LotView closeLot(Actor actor, String key, String lot) {
    return commands.run(
        actor,
        key,
        "lot.close",
        new LotCommand(lot),
        LotView.class,
        () -> {
          lock.hold();
          return lots.close(actor, lot, CloseRule.MANUAL, plant.now());
        });
  }

  RunView openRun(String runId) {
    RunView run =
        queries
            .run(runId)
            .orElseThrow(() -> CommandRejected.notFound("run", "no run '" + runId + "'"));
    if (!run.open()) {
      throw CommandRejected.conflict("run", "run " + runId + " ended at " + run.endedAt());
    }
    return run;
  }

  /** What an idempotency key is bound to (records, so their JSON form is stable). */
  record RunCommand(String run) {}

  record LotCommand(String lot) {}
}
