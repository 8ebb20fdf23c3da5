package io.tally.execution;

import io.tally.execution.lot.LotFilling;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Books a count report (increments of good and scrap since the last report) into the run's lots by
 * the product's lot rule (see {@link LotFilling}). Every report carries an idempotency key, so a
 * report repeated by a client that lost the answer is booked once.
 */
@Component
class ReportCount implements CommandHandler<CountCommands.Report, CountAck> {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final LotBook lots;
  private final Ledger ledger;
  private final LateEntry late;

  ReportCount(
      PlantLookup plant, ExecutionQueries queries, LotBook lots, Ledger ledger, LateEntry late) {
    this.plant = plant;
    this.queries = queries;
    this.lots = lots;
    this.ledger = ledger;
    this.late = late;
  }

  @Override
  public Class<CountCommands.Report> commandType() {
    return CountCommands.Report.class;
  }

  @Override
  public CountAck handle(CountCommands.Report r, Actor actor) {
    RunId runId = r.run();
    ExecutionQueries.RunAndLot read = queries.requireRunAndLot(runId);
    RunView before = read.run();
    ProductionRun run = ProductionRun.of(before).requireOpen();
    Product product = plant.product(run.product().value());
    Instant now = plant.now();
    // A late report is booked into the lot open now, at the time it was made.
    Instant at = late.at(actor, r.occurredAt(), run.startedAt(), "run " + runId + " started");
    LotNumber current = run.currentLot();
    ProductionLotView currentLot = read.currentLot();
    LotFilling.OpenLot open =
        current == null
            ? null
            : new LotFilling.OpenLot(
                Objects.requireNonNull(currentLot).openedAt(), currentLot.good());
    String lot = current == null ? null : current.toString();
    List<CountAck.Booked> booked = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    long good = before.good();
    long scrap = before.scrap();
    for (LotFilling.Step step :
        LotFilling.book(product.lotRule(), open, now, r.good().value(), r.scrap().value())) {
      if (step instanceof LotFilling.Close c) {
        lots.close(actor, LotNumber.parse(lot), c.rule(), now);
        closed.add(lot);
        lot = null;
      } else if (step instanceof LotFilling.Open) {
        lot = lots.openNext(actor, run, now).toString();
      } else if (step instanceof LotFilling.Book b) {
        append(actor, run, lot, b, at);
        booked.add(new CountAck.Booked(lot, b.good(), b.scrap()));
        good += b.good();
        scrap += b.scrap();
      }
    }
    // The run's totals as its projection now holds them (only CountReported moves them here),
    // without reading its row back.
    return new CountAck(runId.value(), booked, closed, good, scrap);
  }

  private void append(Actor actor, ProductionRun run, String lot, LotFilling.Book b, Instant at) {
    ledger.append(
        actor,
        new ExecutionEvent.CountReported(
            run.id(),
            LotNumber.parse(lot),
            run.line(),
            run.product(),
            b.good(),
            b.scrap(),
            at,
            late.late(at)));
  }
}
