package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.traceability.StocktakeEvent.StocktakeLineListed;
import io.tally.traceability.StocktakeEvent.StocktakeOpened;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens a count of a location or of listed units: the sheet's lines are listed, and movements there
 * are frozen until the stocktake is closed and its differences approved.
 */
@Component
class OpenStocktake implements CommandHandler<StocktakeRequests.Open, StocktakeView> {
  private final Ledger ledger;
  private final Locations locations;
  private final UnitChecks checks;
  private final StocktakeSheet sheet;
  private final StocktakeQueries queries;

  OpenStocktake(
      Ledger ledger,
      Locations locations,
      UnitChecks checks,
      StocktakeSheet sheet,
      StocktakeQueries queries) {
    this.ledger = ledger;
    this.locations = locations;
    this.checks = checks;
    this.sheet = sheet;
    this.queries = queries;
  }

  @Override
  public Class<StocktakeRequests.Open> commandType() {
    return StocktakeRequests.Open.class;
  }

  @Override
  public StocktakeView handle(StocktakeRequests.Open r, Actor actor) {
    String id = Inputs.id("id", r.id());
    boolean byLocation = r.location() != null && !r.location().isBlank();
    boolean byUnits = r.ssccs() != null && !r.ssccs().isEmpty();
    if (byLocation == byUnits) {
      throw CommandRejected.invalid("location", "name either a location or the units (ssccs)");
    }
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
                new StocktakeLineListed(id, l.line(), l.kind(), l.sscc(), l.lot(), l.location())));
    ledger.append(actor, events.toArray(Event[]::new));
    return queries.require(id).blind();
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
