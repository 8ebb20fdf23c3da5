package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

/**
 * Corrects a move of a unit or of loose stock: a MoveCorrected naming the move, taking what it
 * moved on to the right location or back. Larger than the configured size, it waits for a second
 * person and moves nothing until then.
 */
@Component
class CorrectMove implements CommandHandler<StockCorrectionRequests.Move, StockCorrectionView> {
  private final Ledger ledger;
  private final StockCorrectionRules rules;
  private final StockCorrectionQueries queries;

  CorrectMove(Ledger ledger, StockCorrectionRules rules, StockCorrectionQueries queries) {
    this.ledger = ledger;
    this.rules = rules;
    this.queries = queries;
  }

  @Override
  public Class<StockCorrectionRequests.Move> commandType() {
    return StockCorrectionRequests.Move.class;
  }

  @Override
  public StockCorrectionView handle(StockCorrectionRequests.Move c, Actor actor) {
    long seq =
        CorrectConsumption.required(
            "corrects", Quantity.whole("corrects", c.corrects(), 1, Long.MAX_VALUE));
    boolean voided = Boolean.TRUE.equals(c.voided());
    String reason = StockCorrectionRules.reason(c.reason());
    String to = c.to() == null || c.to().isBlank() ? null : c.to();
    LedgerEntry entry = ledger.appendCorrection(actor, seq, rules.move(seq, to, voided, reason));
    return queries.require(entry.seq());
  }
}
