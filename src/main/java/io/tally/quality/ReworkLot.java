package io.tally.quality;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.LotCommands.Rework;
import org.springframework.stereotype.Component;

/**
 * Reworks a held lot's rounds into a new lot: the original lot's number with the next suffix letter
 * ({@link ReworkSuffix}), which must not exist yet.
 */
@Component
class ReworkLot implements CommandHandler<Rework, LotView> {
  private final Ledger ledger;
  private final Disposition disposition;
  private final QualityLots lots;

  ReworkLot(Ledger ledger, Disposition disposition, QualityLots lots) {
    this.ledger = ledger;
    this.disposition = disposition;
    this.lots = lots;
  }

  @Override
  public Class<Rework> commandType() {
    return Rework.class;
  }

  @Override
  public LotView handle(Rework command, Actor actor) {
    HeldLot held = disposition.held(command.lot());
    String origin = held.lot().origin();
    String newLot;
    try {
      newLot = origin + ReworkSuffix.of(lots.reworks(origin));
    } catch (IllegalArgumentException e) {
      throw CommandRejected.conflict("lot", e.getMessage());
    }
    if (lots.find(newLot).isPresent()) {
      throw CommandRejected.conflict("lot", "lot " + newLot + " exists already");
    }
    ledger.append(actor, held.rework(LotNumber.parse(newLot), command.reason(), disposition.now()));
    return disposition.lot(newLot);
  }
}
