package io.tally.quality;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Released lots for the modules that print what quality decided (documents). */
@Service
public class ReleasedLots {
  private final QualityLots lots;

  ReleasedLots(QualityLots lots) {
    this.lots = lots;
  }

  /** The lot if quality released it; empty for an unknown lot or one in any other status. */
  public Optional<ReleasedLot> find(String lot) {
    return lots.find(lot)
        .filter(l -> l.status() == LotStatus.RELEASED && l.releasedSeq() != null)
        .map(ReleasedLots::released);
  }

  private static ReleasedLot released(LotView l) {
    return new ReleasedLot(
        l.lot(),
        l.product(),
        l.line(),
        l.good(),
        l.scrap(),
        l.consumed(),
        l.releasedQuantity() == null ? 0 : l.releasedQuantity(),
        l.releasedAt(),
        l.releasedSeq(),
        l.releasedHash(),
        l.concessionApprovedBy(),
        l.concessionReason(),
        l.inspections().stream()
            .map(
                i ->
                    new ReleasedLot.Inspection(
                        i.nonconformityClass(),
                        i.edition(),
                        i.severity(),
                        i.level(),
                        i.aql(),
                        i.lotSize(),
                        i.planLetter(),
                        i.n(),
                        i.ac(),
                        i.re(),
                        i.d(),
                        i.result(),
                        i.inspector(),
                        i.at()))
            .toList());
  }
}
