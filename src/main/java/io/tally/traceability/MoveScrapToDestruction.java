package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Location;
import io.tally.traceability.ScrapEvent.ScrapAwaitingDestruction;
import io.tally.traceability.ScrapEvent.Taken;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves rejects from the reject store to a location of type {@code reject} (a scrap cage), where
 * they await a destruction act; no more of a lot than the store holds.
 */
@Component
class MoveScrapToDestruction implements CommandHandler<ScrapRequests.ToDestruction, ScrapMoved> {
  private final Ledger ledger;
  private final Locations locations;
  private final ScrapLots lots;

  MoveScrapToDestruction(Ledger ledger, Locations locations, ScrapLots lots) {
    this.ledger = ledger;
    this.locations = locations;
    this.lots = lots;
  }

  @Override
  public Class<ScrapRequests.ToDestruction> commandType() {
    return ScrapRequests.ToDestruction.class;
  }

  @Override
  public ScrapMoved handle(ScrapRequests.ToDestruction r, Actor actor) {
    Location to = locations.registered("location", r.location());
    if (to.type() != Location.Type.REJECT) {
      throw CommandRejected.invalid(
          "location",
          "scrap awaits destruction at a location of type reject; "
              + to.code().value()
              + " is of type "
              + to.type().name().toLowerCase());
    }
    String location = locations.usable("location", r.location());
    List<Taken> taken = lots.take(r.lots(), ScrapStock.REJECT_STORE, "in the reject store");
    ledger.append(actor, new ScrapAwaitingDestruction(location, taken));
    return new ScrapMoved(location, taken.stream().mapToLong(Taken::quantity).sum(), taken);
  }
}
