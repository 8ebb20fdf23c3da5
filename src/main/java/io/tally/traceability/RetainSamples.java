package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.traceability.ScrapEvent.SamplesRetained;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Keeps loose rounds of a lot at a location as reference samples until a date: they leave the stock
 * that may be packed or shipped (state RETAINED) and stay on the lot's record.
 */
@Component
class RetainSamples implements CommandHandler<ScrapRequests.Retain, RetainedSampleView> {
  private final Ledger ledger;
  private final Locations locations;
  private final Availability availability;
  private final ScrapQueries queries;
  private final Clock clock;

  RetainSamples(
      Ledger ledger,
      Locations locations,
      Availability availability,
      ScrapQueries queries,
      Clock clock) {
    this.ledger = ledger;
    this.locations = locations;
    this.availability = availability;
    this.queries = queries;
    this.clock = clock;
  }

  @Override
  public Class<ScrapRequests.Retain> commandType() {
    return ScrapRequests.Retain.class;
  }

  @Override
  public RetainedSampleView handle(ScrapRequests.Retain r, Actor actor) {
    String id = Inputs.id("id", r.id());
    if (queries.retention(id).isPresent()) {
      throw CommandRejected.conflict("id", "retained samples " + id + " exist already");
    }
    String lot = Inputs.id("lot", r.lot());
    StockState state = availability.liveState(lot);
    if (state == null) {
      throw CommandRejected.notFound("lot", "no finished lot '" + lot + "'");
    }
    String location = locations.usable("location", r.location());
    long quantity = Quantity.positive("quantity", r.quantity());
    LocalDate until = r.retainUntil();
    if (until == null || !until.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
      throw CommandRejected.invalid("retainUntil", "the retention end date is a day after today");
    }
    long free = availability.loose(lot, location, state);
    if (quantity > free) {
      throw CommandRejected.conflict(
          "quantity",
          "lot " + lot + " has " + Math.max(0, free) + " loose rounds free at " + location);
    }
    ledger.append(actor, new SamplesRetained(id, lot, location, state, quantity, until));
    return queries.retention(id).orElseThrow();
  }
}
