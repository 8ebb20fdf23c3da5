package io.tally.quality;

import io.tally.kernel.CommandRejected;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What becomes of a lot once decided. It is released only when every class of its product's quality
 * plan accepted, and held otherwise. A held lot is reworked into a new lot (the original number
 * plus the next suffix letter, {@link ReworkLot}), scrapped ({@link ScrapLot}), or released by a
 * concession that one quality user requests ({@link RequestLotConcession}) and a second user
 * (quality or admin) approves ({@link ApproveLotConcession}). This is what the four share.
 */
@Component
class Disposition {
  private final LotPlanning planning;
  private final Clock clock;

  Disposition(LotPlanning planning, Clock clock) {
    this.planning = planning;
    this.clock = clock;
  }

  /** The lot, refused unless it is held. */
  LotView held(String lotNumber) {
    LotView lot = planning.lot(lotNumber);
    if (lot.status() != LotStatus.HELD) {
      throw CommandRejected.conflict(
          "lot", "lot " + lotNumber + " is " + lot.status() + "; only a held lot is disposed of");
    }
    return lot;
  }

  LotView lot(String lotNumber) {
    return planning.lot(lotNumber);
  }

  Instant now() {
    return Instant.now(clock);
  }
}
