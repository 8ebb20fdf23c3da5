package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.ScrapEvent.RetainedSamplesDiscarded;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Sends retained samples past their retention end date to the reject store, for destruction. */
@Component
class DiscardRetained implements CommandHandler<ScrapRequests.Discard, RetainedSampleView> {
  private final Ledger ledger;
  private final ScrapQueries queries;
  private final RejectStore rejectStore;
  private final Clock clock;

  DiscardRetained(Ledger ledger, ScrapQueries queries, RejectStore rejectStore, Clock clock) {
    this.ledger = ledger;
    this.queries = queries;
    this.rejectStore = rejectStore;
    this.clock = clock;
  }

  @Override
  public Class<ScrapRequests.Discard> commandType() {
    return ScrapRequests.Discard.class;
  }

  @Override
  public RetainedSampleView handle(ScrapRequests.Discard r, Actor actor) {
    RetainedSampleView s = queries.requireRetention(r.id());
    if (!s.status().equals("RETAINED")) {
      throw CommandRejected.conflict(
          "retention", "retained samples " + s.id() + " are " + s.status() + " already");
    }
    if (!LocalDate.now(clock.withZone(ZoneOffset.UTC)).isAfter(s.retainUntil())) {
      throw CommandRejected.conflict(
          "retention",
          "samples "
              + s.id()
              + " are retained until "
              + s.retainUntil()
              + "; they go to the reject store only after that day");
    }
    ledger.append(
        actor,
        new RetainedSamplesDiscarded(
            s.id(), s.lot(), s.location(), rejectStore.location(), s.quantity()));
    return queries.requireRetention(s.id());
  }
}
