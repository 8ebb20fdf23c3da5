package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.Scrap;
import org.springframework.stereotype.Component;

/** Scraps a held lot's rounds, with the reason. */
@Component
class ScrapLot implements CommandHandler<Scrap, LotView> {
  private final Ledger ledger;
  private final Disposition disposition;

  ScrapLot(Ledger ledger, Disposition disposition) {
    this.ledger = ledger;
    this.disposition = disposition;
  }

  @Override
  public Class<Scrap> commandType() {
    return Scrap.class;
  }

  @Override
  public LotView handle(Scrap command, Actor actor) {
    HeldLot lot = disposition.held(command.lot());
    ledger.append(actor, lot.scrap(command.reason(), disposition.now()));
    return disposition.lot(command.lot());
  }
}
