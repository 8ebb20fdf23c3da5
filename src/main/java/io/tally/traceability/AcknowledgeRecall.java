package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.traceability.RecallEvent.RecallAcknowledged;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Records a reached customer's acknowledgement of an open recall, once per customer. */
@Component
class AcknowledgeRecall implements CommandHandler<RecallRequests.Acknowledge, RecallView> {
  private final Ledger ledger;
  private final RecallQueries queries;
  private final PlantService plant;
  private final Clock clock;

  AcknowledgeRecall(Ledger ledger, RecallQueries queries, PlantService plant, Clock clock) {
    this.ledger = ledger;
    this.queries = queries;
    this.plant = plant;
    this.clock = clock;
  }

  @Override
  public Class<RecallRequests.Acknowledge> commandType() {
    return RecallRequests.Acknowledge.class;
  }

  @Override
  public RecallView handle(RecallRequests.Acknowledge c, Actor actor) {
    RecallRequests.Acknowledgement a = c.acknowledgement();
    if (a == null) {
      throw CommandRejected.invalid("customer", "an acknowledgement names the customer");
    }
    String customer = Inputs.id("customer", a.customer());
    String by = Inputs.text("acknowledgedBy", a.acknowledgedBy(), 200);
    String document = Inputs.text("document", a.document(), 200);
    if (a.acknowledgedOn() == null) {
      throw CommandRejected.invalid("acknowledgedOn", "the day of acknowledgement is required");
    }
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    if (a.acknowledgedOn().isAfter(today)) {
      throw CommandRejected.invalid(
          "acknowledgedOn", "an acknowledgement is not dated after today " + today);
    }
    RecallView r = queries.require(c.id());
    if (!r.status().equals("OPEN")) {
      throw CommandRejected.conflict("recall", "recall " + r.id() + " is " + r.status());
    }
    RecallView.Customer reached =
        r.customers().stream()
            .filter(x -> x.customer().equals(customer))
            .findFirst()
            .orElseThrow(
                () ->
                    CommandRejected.invalid(
                        "customer", "recall " + r.id() + " reached no customer " + customer));
    if (reached.acknowledgedOn() != null) {
      throw CommandRejected.conflict(
          "customer",
          customer + " acknowledged recall " + r.id() + " on " + reached.acknowledgedOn());
    }
    ledger.append(
        actor, new RecallAcknowledged(r.id(), customer, by, a.acknowledgedOn(), document));
    return queries.require(r.id());
  }
}
