package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.execution.lot.LotNumbering;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import io.tally.plant.model.Product;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Numbers, opens and closes lots through the ledger. Callers hold the ledger lock, so the next
 * sequence read here is still the next one when the entry is appended.
 */
@Component
class LotBook {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;

  LotBook(PlantLookup plant, ExecutionQueries queries, Ledger ledger) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
  }

  /** The number the next lot of this line and product opened at {@code at} gets. */
  LotNumber nextNumber(Line line, Product product, Instant at) {
    int interfix = LotNumbering.interfix(plant.plant(), line.id(), product.code());
    if (interfix < 1 || interfix > 999) {
      throw CommandRejected.conflict(
          "product", "line " + line.id() + " has no lot interfix for " + product.code());
    }
    int year = LotNumbering.productionYear(plant.plant(), at) % 100;
    try {
      return LotNumbering.next(plant.plant(), at, interfix, queries.lastSequence(interfix, year));
    } catch (LotNumbering.SequenceExhausted e) {
      throw CommandRejected.conflict("lot", e.getMessage());
    }
  }

  void open(Actor actor, LotNumber lot, ProductionRun run, Instant at) {
    ledger.append(actor, run.openLot(lot, at));
  }

  LotNumber openNext(Actor actor, ProductionRun run, Instant at) {
    LotNumber lot =
        nextNumber(plant.line(run.line().value()), plant.product(run.product().value()), at);
    open(actor, lot, run, at);
    return lot;
  }

  /** Closes an open lot with its totals so far. */
  ProductionLotView close(Actor actor, LotNumber lotNumber, CloseRule rule, Instant at) {
    ProductionLot lot =
        ProductionLot.of(
            queries
                .lot(lotNumber.toString())
                .orElseThrow(() -> CommandRejected.notFound("lot", "no lot '" + lotNumber + "'")));
    ledger.append(actor, lot.close(rule, at));
    return queries.lot(lotNumber.toString()).orElseThrow();
  }
}
