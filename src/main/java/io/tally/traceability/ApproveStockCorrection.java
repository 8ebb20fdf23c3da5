package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Events;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.traceability.StockCorrectionEvent.ConsumptionCorrected;
import io.tally.traceability.StockCorrectionEvent.ConsumptionCorrectionApproved;
import io.tally.traceability.StockCorrectionEvent.MoveCorrected;
import io.tally.traceability.StockCorrectionEvent.MoveCorrectionApproved;
import org.springframework.stereotype.Component;

/**
 * A second person, not the one who asked, puts a pending consumption or move correction into
 * effect; its rules are checked again, as the stock may have changed while it waited.
 */
@Component
class ApproveStockCorrection
    implements CommandHandler<StockCorrectionRequests.Approve, StockCorrectionView> {
  private final Ledger ledger;
  private final LedgerEntries entries;
  private final StockCorrectionRules rules;
  private final StockCorrectionQueries queries;

  ApproveStockCorrection(
      Ledger ledger,
      LedgerEntries entries,
      StockCorrectionRules rules,
      StockCorrectionQueries queries) {
    this.ledger = ledger;
    this.entries = entries;
    this.rules = rules;
    this.queries = queries;
  }

  @Override
  public Class<StockCorrectionRequests.Approve> commandType() {
    return StockCorrectionRequests.Approve.class;
  }

  @Override
  public StockCorrectionView handle(StockCorrectionRequests.Approve command, Actor actor) {
    long seq = command.correction();
    StockCorrectionView c = queries.require(seq);
    if (!c.pending()) {
      throw CommandRejected.conflict("correction", "correction " + seq + " is in effect already");
    }
    if (c.actor().equals(actor.name())) {
      throw CommandRejected.invalid(
          "correction",
          "correction "
              + seq
              + " was asked for by "
              + actor.name()
              + "; a second person (QUALITY or ADMIN) approves it");
    }
    var entry = entries.find(seq).orElseThrow();
    if (c.kind().equals("CONSUMPTION")) {
      ConsumptionCorrected asked = Events.read(entry, ConsumptionCorrected.class).orElseThrow();
      rules.admitConsumption(asked.componentLot(), asked.location(), asked.change());
      ledger.append(
          actor,
          new ConsumptionCorrectionApproved(
              seq,
              asked.consumption(),
              asked.componentLot(),
              asked.lot(),
              asked.location(),
              asked.change()));
    } else {
      MoveCorrected asked = Events.read(entry, MoveCorrected.class).orElseThrow();
      var contents =
          rules.contentsNow(
              asked.material(), asked.unit(), asked.contents(), asked.from(), asked.to());
      ledger.append(
          actor,
          new MoveCorrectionApproved(
              seq,
              asked.move(),
              asked.material(),
              asked.unit(),
              asked.from(),
              asked.to(),
              contents));
    }
    return queries.require(seq);
  }
}
