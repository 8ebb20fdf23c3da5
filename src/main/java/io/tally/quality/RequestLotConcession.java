package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
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
    HeldLot lot = disposition.held(command.lot());
    ledger.append(actor, lot.requestConcession(command.reason(), actor, disposition.now()));
    return disposition.lot(command.lot());
  }
}
