package io.tally.quality;

import io.tally.execution.LotClaims;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/**
 * Quality's hold on a lot's count: a lot released, reworked or scrapped is changed by a quality
 * disposition, not a count correction; and a lot keeps at least the rounds testing consumed.
 */
@Component
class QualityLotClaims implements LotClaims {
  private final QualityLots lots;

  QualityLotClaims(QualityLots lots) {
    this.lots = lots;
  }

  @Override
  public void admit(String lot, long good, long goodChange) {
    LotView view = lots.find(lot).orElse(null);
    if (view == null) {
      return;
    }
    if (view.status() != LotStatus.OPEN
        && view.status() != LotStatus.CLOSED
        && view.status() != LotStatus.HELD) {
      throw CommandRejected.invalid(
          "corrects",
          "lot "
              + lot
              + " is "
              + view.status()
              + ": its quantity is changed by a quality disposition (hold, then rework or scrap),"
              + " not by a count correction");
    }
    if (good < view.consumed()) {
      throw CommandRejected.invalid(
          "good",
          "lot "
              + lot
              + " would have "
              + good
              + " good rounds, fewer than the "
              + view.consumed()
              + " consumed by testing");
    }
  }
}
