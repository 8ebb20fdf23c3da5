package io.tally.execution;

import io.tally.execution.lot.LotFilling;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Count reports: increments of good and scrap since the last report, booked into the run's lots by
 * the product's lot rule (see {@link LotFilling}). Every report carries an idempotency key, so a
 * report repeated by a client that lost the answer is booked once.
 */
@Service
public class Counts {
  /** The most one report may carry of good or of scrap: about 23 hours of a line at 4,375/h. */
  public static final long MAX_PER_REPORT = 100_000;

  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Runs runs;
  private final LotBook lots;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;
  private final LateEntry late;

  Counts(
      PlantLookup plant,
      ExecutionQueries queries,
      Runs runs,
      LotBook lots,
      Ledger ledger,
      LedgerLock lock,
      Commands commands,
      LateEntry late) {
    this.plant = plant;
    this.queries = queries;
    this.runs = runs;
    this.lots = lots;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
    this.late = late;
  }

  public CountAck report(Actor actor, String key, String runId, CountRequest r) {
    if (key == null || key.isBlank()) {
      // Without a key a report resent after a lost answer would be counted twice.
      throw CommandRejected.invalid(
          "Idempotency-Key", "a count report needs an Idempotency-Key header, new for each report");
    }
    long good = amount("good", r.good());
    long scrap = amount("scrap", r.scrap());
    if (good + scrap == 0) {
      throw CommandRejected.invalid("good", "a report needs a good or a scrap count above zero");
    }
    return commands.run(
        actor,
        key,
        "count.report",
        new CountCommand(runId, good, scrap, r.occurredAt()),
        CountAck.class,
        () -> {
          lock.hold();
          RunView run = runs.openRun(runId);
          Product product = plant.product(run.product());
          Instant now = plant.now();
          // A late report is booked into the lot open now, at the time it was made.
          Instant at = late.at(actor, r.occurredAt(), run.startedAt(), "run " + runId + " started");
          LotFilling.OpenLot open =
              run.currentLot() == null
                  ? null
                  : queries
                      .lot(run.currentLot())
                      .map(l -> new LotFilling.OpenLot(l.openedAt(), l.good()))
                      .orElseThrow();
          String lot = run.currentLot();
          List<CountAck.Booked> booked = new ArrayList<>();
          List<String> closed = new ArrayList<>();
          for (LotFilling.Step step : LotFilling.book(product.lotRule(), open, now, good, scrap)) {
            if (step instanceof LotFilling.Close c) {
              lots.close(actor, lot, c.rule(), now);
              closed.add(lot);
              lot = null;
            } else if (step instanceof LotFilling.Open) {
              lot = lots.openNext(actor, run, now).toString();
            } else if (step instanceof LotFilling.Book b) {
              append(actor, run, lot, b, at);
              booked.add(new CountAck.Booked(lot, b.good(), b.scrap()));
            }
          }
          RunView after = queries.run(runId).orElseThrow();
          return new CountAck(runId, booked, closed, after.good(), after.scrap());
        });
  }

  private void append(Actor actor, RunView run, String lot, LotFilling.Book b, Instant at) {
    ledger.append(
        actor,
        new ExecutionEvent.CountReported(
            new RunId(run.run()),
            LotNumber.parse(lot),
            new LineId(run.line()),
            new ProductCode(run.product()),
            b.good(),
            b.scrap(),
            at,
            late.late(at)));
  }

  private static long amount(String field, java.math.BigDecimal value) {
    Long n = Amounts.whole(field, value, 0, MAX_PER_REPORT);
    return n == null ? 0 : n;
  }

  /** What an idempotency key is bound to (a record, so its JSON form is stable). */
  record CountCommand(String run, long good, long scrap, Instant occurredAt) {}
}
