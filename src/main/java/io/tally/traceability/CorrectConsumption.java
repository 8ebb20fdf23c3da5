package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

/**
 * Corrects a component consumption: a ConsumptionCorrected naming the ComponentsConsumed, with the
 * units it should have carried and why. Larger than the configured size, it waits for a second
 * person and changes nothing until then.
 */
@Component
class CorrectConsumption
    implements CommandHandler<StockCorrectionRequests.Consumption, StockCorrectionView> {
  private final Ledger ledger;
  private final StockCorrectionRules rules;
  private final StockCorrectionQueries queries;

  CorrectConsumption(Ledger ledger, StockCorrectionRules rules, StockCorrectionQueries queries) {
    this.ledger = ledger;
    this.rules = rules;
    this.queries = queries;
  }

  @Override
  public Class<StockCorrectionRequests.Consumption> commandType() {
    return StockCorrectionRequests.Consumption.class;
  }

  @Override
  public StockCorrectionView handle(StockCorrectionRequests.Consumption c, Actor actor) {
    long seq = required("corrects", Quantity.whole("corrects", c.corrects(), 1, Long.MAX_VALUE));
    boolean voided = Boolean.TRUE.equals(c.voided());
    if (voided && c.quantity() != null) {
      throw CommandRejected.invalid("void", "a void carries no quantity");
    }
    long quantity =
        voided
            ? 0
            : required("quantity", Quantity.whole("quantity", c.quantity(), 0, Forms.QUANTITY_MAX));
    String reason = StockCorrectionRules.reason(c.reason());
    LedgerEntry entry =
        ledger.appendCorrection(actor, seq, rules.consumption(seq, quantity, voided, reason));
    return queries.require(entry.seq());
  }

  static long required(String field, Long value) {
    if (value == null) {
      throw CommandRejected.invalid(field, field + " is required");
    }
    return value;
  }
}
