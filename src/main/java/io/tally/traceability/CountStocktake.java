package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.traceability.StocktakeEvent.StocktakeCounted;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records what a counter found, line by line. A stocktake awaiting approval is counted again by
 * this too, which reopens it.
 */
@Component
class CountStocktake implements CommandHandler<StocktakeRequests.Count, StocktakeView> {
  private final Ledger ledger;
  private final StocktakeQueries queries;

  CountStocktake(Ledger ledger, StocktakeQueries queries) {
    this.ledger = ledger;
    this.queries = queries;
  }

  @Override
  public Class<StocktakeRequests.Count> commandType() {
    return StocktakeRequests.Count.class;
  }

  @Override
  public StocktakeView handle(StocktakeRequests.Count command, Actor actor) {
    List<StocktakeRequests.LineCount> counts = command.counts().counts();
    if (counts == null || counts.isEmpty()) {
      throw CommandRejected.invalid("counts", "give at least one count");
    }
    StocktakeView s = queries.require(command.id());
    if (!s.open() && !s.status().equals("AWAITING")) {
      throw CommandRejected.conflict("stocktake", "stocktake " + s.id() + " is " + s.status());
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      StocktakeRequests.LineCount c = counts.get(i);
      String field = "counts[" + i + "]";
      if (c == null || c.line() == null || c.line() < 1 || c.line() > s.lines().size()) {
        throw CommandRejected.invalid(
            field + ".line", "the sheet has lines 1 to " + s.lines().size());
      }
      if (c.quantity() == null || c.quantity() < 0) {
        throw CommandRejected.invalid(field + ".quantity", "a count is 0 or more");
      }
      events.add(new StocktakeCounted(s.id(), c.line(), c.quantity()));
    }
    ledger.append(actor, events.toArray(Event[]::new));
    return queries.require(s.id()).blind();
  }
}
