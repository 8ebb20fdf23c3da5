package io.tally.execution;

import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;

/**
 * A production lot while execution fills it: OPEN, then CLOSED by a rule with its totals. Only an
 * open lot closes; what quality decides afterwards is quality's.
 */
final class ProductionLot {
  private final LotNumber number;
  private final ProductCode product;
  private final LineId line;
  private final ProductionLotStatus status;
  private final long good;
  private final long scrap;

  ProductionLot(
      LotNumber number,
      ProductCode product,
      LineId line,
      ProductionLotStatus status,
      long good,
      long scrap) {
    this.number = number;
    this.product = product;
    this.line = line;
    this.status = status;
    this.good = good;
    this.scrap = scrap;
  }

  static ProductionLot of(ProductionLotView v) {
    return new ProductionLot(
        LotNumber.parse(v.lot()),
        new ProductCode(v.product()),
        new LineId(v.line()),
        v.status(),
        v.good(),
        v.scrap());
  }

  /** Closes the lot by {@code rule} with its totals so far; refused unless it is open. */
  LotClosed close(CloseRule rule, Instant at) {
    if (status != ProductionLotStatus.OPEN) {
      throw CommandRejected.conflict("lot", "lot " + number + " is " + status);
    }
    return new LotClosed(number, product, line, good, scrap, at, rule);
  }

  LotNumber number() {
    return number;
  }

  ProductionLotStatus status() {
    return status;
  }
}
