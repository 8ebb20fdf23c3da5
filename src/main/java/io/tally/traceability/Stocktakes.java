package io.tally.traceability;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.traceability.StocktakeEvent.StocktakeClosed;
import io.tally.traceability.StocktakeEvent.StocktakeCounted;
import io.tally.traceability.StocktakeEvent.StocktakeDifferenceFound;
import io.tally.traceability.StocktakeEvent.StocktakeLineListed;
import io.tally.traceability.StocktakeEvent.StocktakeOpened;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Stocktakes: open a count of a location or of listed units (freezing their movements), record
 * blind counts, and close against the book. Differences wait for two approvals ({@link
 * StocktakeApprovals}); a count that matches the book unfreezes at close.
 */
@Service
public class Stocktakes {
  private final Ledger ledger;
  private final Commands commands;
  private final LedgerLock lock;
  private final Locations locations;
  private final UnitChecks checks;
  private final StocktakeSheet sheet;
  private final StocktakeQueries queries;

  Stocktakes(
      Ledger ledger,
      Commands commands,
      LedgerLock lock,
      Locations locations,
      UnitChecks checks,
      StocktakeSheet sheet,
      StocktakeQueries queries) {
    this.ledger = ledger;
    this.commands = commands;
    this.lock = lock;
    this.locations = locations;
    this.checks = checks;
    this.sheet = sheet;
    this.queries = queries;
  }

  public StocktakeView open(Actor actor, String key, StocktakeRequests.Open r) {
    String id = Inputs.id("id", r.id());
    boolean byLocation = r.location() != null && !r.location().isBlank();
    boolean byUnits = r.ssccs() != null && !r.ssccs().isEmpty();
    if (byLocation == byUnits) {
      throw CommandRejected.invalid("location", "name either a location or the units (ssccs)");
    }
    return commands.run(
        actor,
        key,
        "stocktake.open",
        r,
        StocktakeView.class,
        () -> {
          lock.hold();
          if (queries.find(id).isPresent()) {
            throw CommandRejected.conflict("id", "stocktake " + id + " exists already");
          }
          String location = byLocation ? locations.usable("location", r.location()) : null;
          List<StocktakeLine> lines = byLocation ? sheet.location(location) : units(r.ssccs());
          List<Event> events = new ArrayList<>();
          events.add(new StocktakeOpened(id, location, lines.size()));
          lines.forEach(
              l ->
                  events.add(
                      new StocktakeLineListed(
                          id, l.line(), l.kind(), l.sscc(), l.lot(), l.location())));
          ledger.append(actor, events.toArray(Event[]::new));
          return queries.find(id).orElseThrow().blind();
        });
  }

  public StocktakeView count(Actor actor, String key, String id, StocktakeRequests.Counts r) {
    if (r.counts() == null || r.counts().isEmpty()) {
      throw CommandRejected.invalid("counts", "give at least one count");
    }
    return commands.run(
        actor,
        key,
        "stocktake.count",
        Map.of("stocktake", id, "counts", r),
        StocktakeView.class,
        () -> {
          lock.hold();
          StocktakeView s = counting(id);
          List<Event> events = new ArrayList<>();
          for (int i = 0; i < r.counts().size(); i++) {
            StocktakeRequests.Count c = r.counts().get(i);
            String field = "counts[" + i + "]";
            if (c == null || c.line() == null || c.line() < 1 || c.line() > s.lines().size()) {
              throw CommandRejected.invalid(
                  field + ".line", "the sheet has lines 1 to " + s.lines().size());
            }
            if (c.quantity() == null || c.quantity() < 0) {
              throw CommandRejected.invalid(field + ".quantity", "a count is 0 or more");
            }
            events.add(new StocktakeCounted(id, c.line(), c.quantity()));
          }
          ledger.append(actor, events.toArray(Event[]::new));
          return queries.find(id).orElseThrow().blind();
        });
  }

  public StocktakeView close(Actor actor, String key, String id) {
    return commands.run(
        actor,
        key,
        "stocktake.close",
        Map.of("stocktake", id),
        StocktakeView.class,
        () -> {
          lock.hold();
          StocktakeView s = stillOpen(id);
          List<Event> events = new ArrayList<>();
          for (StocktakeLine l : s.lines()) {
            if (l.counted() == null) {
              throw CommandRejected.conflict(
                  "counts", "line " + l.line() + " of stocktake " + id + " is not counted yet");
            }
            long book = sheet.book(l);
            if (book != l.counted()) {
              events.add(new StocktakeDifferenceFound(id, l.line(), book, l.counted()));
            }
          }
          events.add(new StocktakeClosed(id, events.size()));
          ledger.append(actor, events.toArray(Event[]::new));
          return queries.find(id).orElseThrow();
        });
  }

  /** An open stocktake, or one awaiting approval, which a new count reopens. */
  private StocktakeView counting(String id) {
    StocktakeView s = find(id);
    if (!s.open() && !s.status().equals("AWAITING")) {
      throw CommandRejected.conflict("stocktake", "stocktake " + id + " is " + s.status());
    }
    return s;
  }

  private StocktakeView find(String id) {
    return queries
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("stocktake", "no stocktake '" + id + "'"));
  }

  private StocktakeView stillOpen(String id) {
    StocktakeView s = find(id);
    if (!s.open()) {
      throw CommandRejected.conflict("stocktake", "stocktake " + id + " is " + s.status());
    }
    return s;
  }

  private List<StocktakeLine> units(List<String> ssccs) {
    List<StocktakeLine> lines = new ArrayList<>();
    var seen = new HashSet<String>();
    for (int i = 0; i < ssccs.size(); i++) {
      UnitView u = checks.packed("ssccs[" + i + "]", ssccs.get(i));
      if (!seen.add(u.sscc())) {
        throw CommandRejected.invalid("ssccs[" + i + "]", "unit " + u.sscc() + " is listed twice");
      }
      sheet.unit(lines, u);
    }
    return lines;
  }
}
