package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.HoldEvent.HeldItem;
import io.tally.traceability.HoldEvent.HoldPlaced;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Holds a finished lot or component lot on demand, and with {@code downstream} everything the
 * genealogy finds made from it; what it holds is fixed in the entry.
 */
@Component
class PlaceHold implements CommandHandler<HoldRequests.Place, HoldView> {
  private final Ledger ledger;
  private final Downstream downstream;
  private final HoldChecks checks;
  private final HoldQueries queries;

  PlaceHold(Ledger ledger, Downstream downstream, HoldChecks checks, HoldQueries queries) {
    this.ledger = ledger;
    this.downstream = downstream;
    this.checks = checks;
    this.queries = queries;
  }

  @Override
  public Class<HoldRequests.Place> commandType() {
    return HoldRequests.Place.class;
  }

  @Override
  public HoldView handle(HoldRequests.Place r, Actor actor) {
    String id = Inputs.id("id", r.id());
    String subject = Inputs.id("subject", r.subject());
    String reason = Inputs.text("reason", r.reason(), HoldRequests.REASON_MAX);
    if (queries.find(id).isPresent()) {
      throw CommandRejected.conflict("id", "hold " + id + " exists already");
    }
    HoldKind kind = downstream.kindOf("subject", subject);
    checks
        .holding(kind, subject)
        .ifPresent(
            h -> {
              throw CommandRejected.conflict(
                  "subject", subject + " is on hold " + h.hold() + " already");
            });
    boolean down = Boolean.TRUE.equals(r.downstream());
    var items = down ? downstream.items(kind, subject) : List.of(new HeldItem(kind, subject));
    ledger.append(actor, new HoldPlaced(id, subject, kind, reason, down, null, items));
    return queries.require(id);
  }
}
