package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.HoldEvent.HoldReleased;
import org.springframework.stereotype.Component;

/**
 * Releases an active hold with a reason. A hold a recall placed stays until the recall is closed:
 * what was recalled is not freed while customers have still to acknowledge.
 */
@Component
class ReleaseHold implements CommandHandler<HoldRequests.Release, HoldView> {
  private final Ledger ledger;
  private final HoldQueries queries;
  private final RecallQueries recalls;

  ReleaseHold(Ledger ledger, HoldQueries queries, RecallQueries recalls) {
    this.ledger = ledger;
    this.queries = queries;
    this.recalls = recalls;
  }

  @Override
  public Class<HoldRequests.Release> commandType() {
    return HoldRequests.Release.class;
  }

  @Override
  public HoldView handle(HoldRequests.Release r, Actor actor) {
    String reason =
        Inputs.text(
            "reason", r.reason() == null ? null : r.reason().reason(), HoldRequests.REASON_MAX);
    HoldView h = queries.require(r.id());
    if (!h.active()) {
      throw CommandRejected.conflict("hold", "hold " + h.id() + " is " + h.status());
    }
    if (h.recall() != null && recalls.require(h.recall()).status().equals("OPEN")) {
      throw CommandRejected.conflict(
          "hold", "hold " + h.id() + " belongs to recall " + h.recall() + ", which is open");
    }
    ledger.append(actor, new HoldReleased(h.id(), reason));
    return queries.require(h.id());
  }
}
