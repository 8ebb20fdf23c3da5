package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.RequestConcession;
import org.springframework.stereotype.Component;

/**
 * Asks that a held lot be released by concession, with the reason; one request a lot, and a
 * different user must approve it ({@link ApproveLotConcession}).
 */
@Component
class RequestLotConcession implements CommandHandler<RequestConcession, LotView> {
  private final Ledger ledger;
  private final Disposition disposition;

  RequestLotConcession(Ledger ledger, Disposition disposition) {
    this.ledger = ledger;
    this.disposition = disposition;
  }

  @Override
  public Class<RequestConcession> commandType() {
    return RequestConcession.class;
  }

  @Override
  public LotView handle(RequestConcession command, Actor actor) {
    LotView lot = disposition.held(command.lot());
    if (lot.concessionRequestedBy() != null) {
      throw CommandRejected.conflict(
          "lot",
          "a concession for lot "
              + command.lot()
              + " is requested already by "
              + lot.concessionRequestedBy());
    }
    ledger.append(
        actor,
        new QualityEvent.ConcessionRequested(
            lot.number(), command.reason(), actor.name(), disposition.now()));
    return disposition.lot(command.lot());
  }
}
