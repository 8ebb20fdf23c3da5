package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.periods.Periods;
import io.tally.traceability.StocktakeEvent.StockAdjusted;
import io.tally.traceability.StocktakeEvent.StocktakeApproved;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two people, neither of whom counted, approve a stocktake's differences; the second approval posts
 * each difference as a {@link StockAdjusted} and unfreezes. A book that moved since the close (a
 * quality decision is not frozen) is refused: count again. The adjustments correct the stock as it
 * stood when the stocktake opened, so a stocktake opened in a period closed since is a late entry
 * into that period ({@link Periods#assertOpen}).
 */
@Component
class ApproveStocktake implements CommandHandler<StocktakeRequests.Approve, StocktakeView> {
  private final Ledger ledger;
  private final StocktakeQueries queries;
  private final StocktakeSheet sheet;
  private final Availability availability;
  private final Periods periods;
  private final LedgerEntries entries;

  ApproveStocktake(
      Ledger ledger,
      StocktakeQueries queries,
      StocktakeSheet sheet,
      Availability availability,
      Periods periods,
      LedgerEntries entries) {
    this.ledger = ledger;
    this.queries = queries;
    this.sheet = sheet;
    this.availability = availability;
    this.periods = periods;
    this.entries = entries;
  }

  @Override
  public Class<StocktakeRequests.Approve> commandType() {
    return StocktakeRequests.Approve.class;
  }

  @Override
  public StocktakeView handle(StocktakeRequests.Approve command, Actor actor) {
    String id = command.id();
    StocktakeView s = queries.require(id);
    if (!s.status().equals("AWAITING")) {
      throw CommandRejected.conflict(
          "stocktake", "stocktake " + id + " is " + s.status() + "; nothing to approve");
    }
    if (queries.counters(id).contains(actor.name())) {
      throw CommandRejected.conflict(
          "approver", actor.name() + " counted stocktake " + id + " and cannot approve it");
    }
    if (actor.name().equals(s.firstApprover())) {
      throw CommandRejected.conflict(
          "approver", actor.name() + " approved already; a second person approves");
    }
    List<Event> events = new ArrayList<>();
    events.add(new StocktakeApproved(id, s.firstApprover() == null ? 1 : 2));
    if (s.firstApprover() != null) {
      // The count found the stock as it stood when the stocktake opened.
      periods.assertOpen(actor, opened(id), "stocktake");
      s.lines().stream()
          .filter(l -> !l.book().equals(l.counted()))
          .forEach(l -> events.add(adjustment(id, l)));
    }
    ledger.append(actor, events.toArray(Event[]::new));
    return queries.require(id);
  }

  private StockAdjusted adjustment(String id, StocktakeLine l) {
    if (sheet.book(l) != l.book()) {
      throw CommandRejected.conflict(
          "stocktake",
          "the book of line " + l.line() + " moved since stocktake " + id + " closed; count again");
    }
    StockState state =
        l.kind() == StocktakeLine.Kind.COMPONENT ? null : availability.liveState(l.lot());
    return new StockAdjusted(
        id, l.line(), l.kind(), l.sscc(), l.lot(), l.location(), state, l.counted() - l.book());
  }

  private java.time.Instant opened(String id) {
    return queries
        .openedSeq(id)
        .flatMap(entries::find)
        .map(io.tally.ledger.LedgerEntry::time)
        .orElseThrow(() -> new IllegalStateException("stocktake " + id + " has no opening entry"));
  }
}
