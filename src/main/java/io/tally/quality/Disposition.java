package io.tally.quality;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What becomes of a lot once decided. It is released only when every class of its product's quality
 * plan accepted, and held otherwise. A held lot is reworked into a new lot (the original number
 * plus the next suffix letter, {@link ReworkLot}), scrapped ({@link ScrapLot}), or released by a
 * concession that one quality user requests ({@link RequestLotConcession}) and a second user
 * (quality or admin) approves ({@link ApproveLotConcession}); the rules are {@link HeldLot}'s. This
 * is what the four handlers share: the held lot, the time, the lot read back.
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
  HeldLot held(String lotNumber) {
    return new HeldLot(planning.lot(lotNumber));
  }

  LotView lot(String lotNumber) {
    return planning.lot(lotNumber);
  }

  Instant now() {
    return Instant.now(clock);
  }
}
