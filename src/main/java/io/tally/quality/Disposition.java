package io.tally.quality;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Product;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What becomes of a lot once decided. It is released only when every class of its product's quality
 * plan accepted, and held otherwise. A held lot is reworked into a new lot (the original number
 * plus the next suffix letter), scrapped, or released by a concession that one quality user
 * requests and a second user (quality or admin) approves.
 */
@Service
class Disposition {
  private static final int REASON_MAX = 2000;

  private final Commands commands;
  private final Ledger ledger;
  private final LotPlanning planning;
  private final QualityLots lots;
  private final Clock clock;

  Disposition(
      Commands commands, Ledger ledger, LotPlanning planning, QualityLots lots, Clock clock) {
    this.commands = commands;
    this.ledger = ledger;
    this.planning = planning;
    this.lots = lots;
    this.clock = clock;
  }

  /** Releases or holds the lot once all its classes are decided; runs inside the inspection. */
  void afterInspection(Actor actor, String lotNumber, Instant at) {
    LotView lot = planning.lot(lotNumber);
    Product product = planning.product(lot);
    List<String> classes =
        product.quality().classes().stream().map(Product.NonconformityClass::name).toList();
    List<InspectionView> decided =
        lot.inspections().stream().filter(i -> classes.contains(i.nonconformityClass())).toList();
    if (decided.size() < classes.size()) {
      return;
    }
    List<InspectionView> rejected = decided.stream().filter(i -> !i.accepted()).toList();
    if (rejected.isEmpty()) {
      ledger.append(
          actor,
          new QualityEvent.LotReleased(
              lot.number(), lot.productCode(), lot.available(), at, false, null));
      return;
    }
    String reason =
        "not accepted: "
            + rejected.stream()
                .map(i -> i.nonconformityClass() + " (d=" + i.d() + ", Re=" + i.re() + ")")
                .collect(Collectors.joining(", "));
    ledger.append(actor, new QualityEvent.LotHeld(lot.number(), reason, at));
  }

  LotView rework(Actor actor, String key, String lotNumber, DispositionRequest request) {
    String reason = reason(request);
    return commands.run(
        actor,
        key,
        "quality.rework",
        List.of(lotNumber, reason),
        LotView.class,
        () -> {
          LotView lot = held(lotNumber);
          String newLot;
          try {
            newLot = lot.origin() + ReworkSuffix.of(lots.reworks(lot.origin()));
          } catch (IllegalArgumentException e) {
            throw CommandRejected.conflict("lot", e.getMessage());
          }
          if (lots.find(newLot).isPresent()) {
            throw CommandRejected.conflict("lot", "lot " + newLot + " exists already");
          }
          ledger.append(
              actor,
              new QualityEvent.LotReworked(
                  lot.number(), LotNumber.parse(newLot), lot.available(), reason, now()));
          return planning.lot(newLot);
        });
  }

  LotView scrap(Actor actor, String key, String lotNumber, DispositionRequest request) {
    String reason = reason(request);
    return commands.run(
        actor,
        key,
        "quality.scrap",
        List.of(lotNumber, reason),
        LotView.class,
        () -> {
          LotView lot = held(lotNumber);
          ledger.append(
              actor, new QualityEvent.LotScrapped(lot.number(), lot.available(), reason, now()));
          return planning.lot(lotNumber);
        });
  }

  LotView held(String lotNumber) {
    LotView lot = planning.lockedLot(lotNumber);
    if (lot.status() != LotStatus.HELD) {
      throw CommandRejected.conflict(
          "lot", "lot " + lotNumber + " is " + lot.status() + "; only a held lot is disposed of");
    }
    return lot;
  }

  Instant now() {
    return Instant.now(clock);
  }

  static String reason(DispositionRequest request) {
    String reason = request == null || request.reason() == null ? "" : request.reason().trim();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      throw CommandRejected.invalid("reason", "a reason is required (at most 2000 characters)");
    }
    return reason;
  }
}
