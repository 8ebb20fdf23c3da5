package io.tally.quality;

import io.tally.execution.lot.LotNumber;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.util.List;

/**
 * A lot as quality sees it: quantities, status, where it came from if reworked, the concession if
 * any, the ledger entry that released it, and its decisions so far.
 *
 * @param available the units still in the lot: good units less those consumed by testing
 */
record LotView(
    String lot,
    String product,
    String line,
    LotStatus status,
    String submission,
    long good,
    long scrap,
    long consumed,
    long available,
    String origin,
    String parent,
    String reworkedTo,
    Instant closedAt,
    String reason,
    String concessionRequestedBy,
    String concessionReason,
    String concessionApprovedBy,
    Long releasedQuantity,
    Instant releasedAt,
    Long releasedSeq,
    String releasedHash,
    List<InspectionView> inspections) {

  /** The lot's number, product and line as the ids quality's events carry. */
  LotNumber number() {
    return LotNumber.parse(lot);
  }

  ProductCode productCode() {
    return new ProductCode(product);
  }

  LineId lineId() {
    return new LineId(line);
  }

  LotView withInspections(List<InspectionView> all) {
    return new LotView(
        lot,
        product,
        line,
        status,
        submission,
        good,
        scrap,
        consumed,
        available,
        origin,
        parent,
        reworkedTo,
        closedAt,
        reason,
        concessionRequestedBy,
        concessionReason,
        concessionApprovedBy,
        releasedQuantity,
        releasedAt,
        releasedSeq,
        releasedHash,
        List.copyOf(all));
  }
}
