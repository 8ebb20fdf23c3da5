package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Records what a quality user found in the samples of a closed lot, class by class, as decisions
 * under the plan of each class's stream. When the last class of the product's quality plan is
 * decided the lot is released if every class accepted, and held otherwise.
 */
@Service
class Inspections {
  private final Commands commands;
  private final Ledger ledger;
  private final LotPlanning planning;
  private final Disposition disposition;
  private final Clock clock;

  Inspections(
      Commands commands,
      Ledger ledger,
      LotPlanning planning,
      Disposition disposition,
      Clock clock) {
    this.commands = commands;
    this.ledger = ledger;
    this.planning = planning;
    this.disposition = disposition;
    this.clock = clock;
  }

  LotView record(Actor actor, String key, String lotNumber, InspectionRequest request) {
    if (request == null || request.results() == null || request.results().isEmpty()) {
      throw CommandRejected.invalid("results", "give the result of at least one class");
    }
    return commands.run(
        actor,
        key,
        "quality.inspect",
        List.of(lotNumber, request),
        LotView.class,
        () -> {
          LotView lot = planning.lockedLot(lotNumber);
          if (lot.status() != LotStatus.CLOSED) {
            throw CommandRejected.conflict(
                "lot",
                "lot " + lotNumber + " is " + lot.status() + "; only a closed lot is inspected");
          }
          if (lot.good() < 2) {
            throw CommandRejected.conflict(
                "lot",
                "lot " + lotNumber + " has " + lot.good() + " good units; too few to sample");
          }
          List<ResultCheck.Checked> checked =
              ResultCheck.check(planning, lot, planning.product(lot), request.results());
          Instant at = Instant.now(clock);
          for (ResultCheck.Checked c : checked) {
            decide(actor, lot, c, at);
          }
          long destroyed = checked.stream().mapToLong(ResultCheck.Checked::destroyed).sum();
          if (destroyed > 0) {
            ledger.append(actor, new QualityEvent.SamplesConsumed(lot.number(), destroyed, at));
          }
          disposition.afterInspection(actor, lotNumber, at);
          return planning.lot(lotNumber);
        });
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
