package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.HoldEvent.HoldPlaced;
import io.tally.traceability.RecallEvent.RecallOpened;
import org.springframework.stereotype.Component;

/**
 * Opens a recall: the shipments the genealogy finds carried the lot (or lots made from the
 * component lot) to customers are fixed in the entry, and a hold of the same id holds everything
 * downstream that is still in the plant.
 */
@Component
class OpenRecall implements CommandHandler<RecallRequests.Open, RecallView> {
  private final Ledger ledger;
  private final Downstream downstream;
  private final RecallQueries queries;
  private final HoldQueries holds;

  OpenRecall(Ledger ledger, Downstream downstream, RecallQueries queries, HoldQueries holds) {
    this.ledger = ledger;
    this.downstream = downstream;
    this.queries = queries;
    this.holds = holds;
  }

  @Override
  public Class<RecallRequests.Open> commandType() {
    return RecallRequests.Open.class;
  }

  @Override
  public RecallView handle(RecallRequests.Open r, Actor actor) {
    String id = Inputs.id("id", r.id());
    String subject = Inputs.id("subject", r.subject());
    String reason = Inputs.text("reason", r.reason(), HoldRequests.REASON_MAX);
    if (queries.find(id).isPresent()) {
      throw CommandRejected.conflict("id", "recall " + id + " exists already");
    }
    if (holds.find(id).isPresent()) {
      throw CommandRejected.conflict(
          "id", "a hold " + id + " exists already; a recall's hold takes the recall's id");
    }
    HoldKind kind = downstream.kindOf("subject", subject);
    ledger.append(
        actor,
        new RecallOpened(id, subject, kind, reason, id, downstream.shipments(kind, subject)),
        new HoldPlaced(id, subject, kind, reason, true, id, downstream.items(kind, subject)));
    return queries.require(id);
  }
}
