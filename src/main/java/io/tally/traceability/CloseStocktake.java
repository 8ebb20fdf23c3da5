package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.traceability.StocktakeEvent.StocktakeClosed;
import io.tally.traceability.StocktakeEvent.StocktakeDifferenceFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes a counted stocktake against the book: each line that differs is recorded; differences then
 * wait for two approvals ({@link ApproveStocktake}), and a count that matches unfreezes.
 */
@Component
class CloseStocktake implements CommandHandler<StocktakeRequests.Close, StocktakeView> {
  private final Ledger ledger;
  private final StocktakeSheet sheet;
  private final StocktakeQueries queries;

  CloseStocktake(Ledger ledger, StocktakeSheet sheet, StocktakeQueries queries) {
    this.ledger = ledger;
    this.sheet = sheet;
    this.queries = queries;
  }

  @Override
  public Class<StocktakeRequests.Close> commandType() {
    return StocktakeRequests.Close.class;
  }

  @Override
  public StocktakeView handle(StocktakeRequests.Close command, Actor actor) {
    StocktakeView s = queries.require(command.id());
    if (!s.open()) {
      throw CommandRejected.conflict("stocktake", "stocktake " + s.id() + " is " + s.status());
    }
    List<Event> events = new ArrayList<>();
    for (StocktakeLine l : s.lines()) {
      if (l.counted() == null) {
        throw CommandRejected.conflict(
            "counts", "line " + l.line() + " of stocktake " + s.id() + " is not counted yet");
      }
      long book = sheet.book(l);
      if (book != l.counted()) {
        events.add(new StocktakeDifferenceFound(s.id(), l.line(), book, l.counted()));
      }
    }
    events.add(new StocktakeClosed(s.id(), events.size()));
    ledger.append(actor, events.toArray(Event[]::new));
    return queries.require(s.id());
  }
}
