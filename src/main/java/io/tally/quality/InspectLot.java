package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.Inspect;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records what a quality user found in the samples of a closed lot, class by class, as decisions
 * under the plan of each class's stream. When the last class of the product's quality plan is
 * decided the lot is released if every class accepted, and held otherwise ({@link LotRelease}).
 */
@Component
class InspectLot implements CommandHandler<Inspect, LotView> {
  private final Ledger ledger;
  private final LotPlanning planning;
  private final Clock clock;

  InspectLot(Ledger ledger, LotPlanning planning, Clock clock) {
    this.ledger = ledger;
    this.planning = planning;
    this.clock = clock;
  }

  @Override
  public Class<Inspect> commandType() {
    return Inspect.class;
  }

  @Override
  public LotView handle(Inspect command, Actor actor) {
    LotView lot = planning.lot(command.lot());
    if (lot.status() != LotStatus.CLOSED) {
      throw CommandRejected.conflict(
          "lot",
          "lot " + command.lot() + " is " + lot.status() + "; only a closed lot is inspected");
    }
    if (lot.good() < 2) {
      throw CommandRejected.conflict(
          "lot", "lot " + command.lot() + " has " + lot.good() + " good units; too few to sample");
    }
    List<ResultCheck.Checked> checked =
        ResultCheck.check(planning, lot, planning.product(lot), command.request().results());
    Instant at = Instant.now(clock);
    for (ResultCheck.Checked c : checked) {
      decide(actor, lot, c, at);
    }
    long destroyed = checked.stream().mapToLong(ResultCheck.Checked::destroyed).sum();
    if (destroyed > 0) {
      ledger.append(actor, new QualityEvent.SamplesConsumed(lot.number(), destroyed, at));
    }
    LotView decided = planning.lot(command.lot());
    LotRelease.after(decided, planning.product(decided), at)
        .ifPresent(e -> ledger.append(actor, e));
    return planning.lot(command.lot());
  }

  private void decide(Actor actor, LotView lot, ResultCheck.Checked c, Instant at) {
    Submission submission = Submission.valueOf(lot.submission());
    List<InspectionEvent> events = c.stream().inspect(lot.good(), c.d(), submission);
    var decided = (InspectionEvent.LotInspected) events.get(0);
    ledger.append(
        actor, Decisions.recorded(lot, c.c().name(), decided.decision(), c.destroyed(), actor, at));
    for (InspectionEvent e : events.subList(1, events.size())) {
      ledger.append(actor, Decisions.switched(lot, c.c().name(), e, at));
    }
  }
}
