package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.ApproveConcession;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The second person's approval of a concession; only then is the held lot released, by concession,
 * naming the approver.
 */
@Component
class ApproveLotConcession implements CommandHandler<ApproveConcession, LotView> {
  private final Ledger ledger;
  private final Disposition disposition;

  ApproveLotConcession(Ledger ledger, Disposition disposition) {
    this.ledger = ledger;
    this.disposition = disposition;
  }

  @Override
  public Class<ApproveConcession> commandType() {
    return ApproveConcession.class;
  }

  @Override
  public LotView handle(ApproveConcession command, Actor actor) {
    LotView lot = disposition.held(command.lot());
    if (lot.concessionRequestedBy() == null) {
      throw CommandRejected.conflict(
          "lot", "no concession is requested for lot " + command.lot() + "; request one first");
    }
    if (lot.concessionRequestedBy().equals(actor.name())) {
      throw CommandRejected.conflict(
          "approvedBy", actor.name() + " requested this concession; a second user must approve it");
    }
    Instant at = disposition.now();
    ledger.append(
        actor,
        new QualityEvent.ConcessionApproved(
            lot.number(), lot.concessionRequestedBy(), actor.name(), at),
        new QualityEvent.LotReleased(
            lot.number(), lot.productCode(), lot.available(), at, true, actor.name()));
    return disposition.lot(command.lot());
  }
}
