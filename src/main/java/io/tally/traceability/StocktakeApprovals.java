package io.tally.traceability;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.traceability.StocktakeEvent.StockAdjusted;
import io.tally.traceability.StocktakeEvent.StocktakeApproved;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Two people, neither of whom counted, approve a stocktake's differences; the second approval posts
 * each difference as a {@link StockAdjusted} and unfreezes. A book that moved since the close (a
 * quality decision is not frozen) is refused: count again.
 */
@Service
public class StocktakeApprovals {
  private final Ledger ledger;
  private final Commands commands;
  private final LedgerLock lock;
  private final StocktakeQueries queries;
  private final StocktakeSheet sheet;
  private final Availability availability;

  StocktakeApprovals(
      Ledger ledger,
      Commands commands,
      LedgerLock lock,
      StocktakeQueries queries,
      StocktakeSheet sheet,
      Availability availability) {
    this.ledger = ledger;
    this.commands = commands;
    this.lock = lock;
    this.queries = queries;
    this.sheet = sheet;
    this.availability = availability;
  }

  public StocktakeView approve(Actor actor, String key, String id) {
    return commands.run(
        actor,
        key,
        "stocktake.approve",
        Map.of("stocktake", id),
        StocktakeView.class,
        () -> {
          lock.hold();
          StocktakeView s =
              queries
                  .find(id)
                  .orElseThrow(
                      () -> CommandRejected.notFound("stocktake", "no stocktake '" + id + "'"));
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
            s.lines().stream()
                .filter(l -> !l.book().equals(l.counted()))
                .forEach(l -> events.add(adjustment(id, l)));
          }
          ledger.append(actor, events.toArray(Event[]::new));
          return queries.find(id).orElseThrow();
        });
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
}
