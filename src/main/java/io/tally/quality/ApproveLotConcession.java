package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.ApproveConcession;
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
    HeldLot lot = disposition.held(command.lot());
    ledger.append(actor, lot.approveConcession(actor, disposition.now()).toArray(Event[]::new));
    return disposition.lot(command.lot());
  }
}
