package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.RecallEvent.RecallClosed;
import org.springframework.stereotype.Component;

/**
 * Closes a recall once every reached customer has acknowledged it. Its hold stays until quality
 * releases it: what is held in the plant is disposed of on its own.
 */
@Component
class CloseRecall implements CommandHandler<RecallRequests.Close, RecallView> {
  private final Ledger ledger;
  private final RecallQueries queries;

  CloseRecall(Ledger ledger, RecallQueries queries) {
    this.ledger = ledger;
    this.queries = queries;
  }

  @Override
  public Class<RecallRequests.Close> commandType() {
    return RecallRequests.Close.class;
  }

  @Override
  public RecallView handle(RecallRequests.Close c, Actor actor) {
    RecallView r = queries.require(c.id());
    if (!r.status().equals("OPEN")) {
      throw CommandRejected.conflict("recall", "recall " + r.id() + " is " + r.status());
    }
    if (!r.awaiting().isEmpty()) {
      throw CommandRejected.conflict(
          "customers",
          "recall " + r.id() + " awaits the acknowledgement of " + String.join(", ", r.awaiting()));
    }
    ledger.append(actor, new RecallClosed(r.id(), r.customers().size()));
    return queries.require(r.id());
  }
}
