package io.tally.quality;

import io.tally.plant.model.Product;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Releases or holds a lot once every class of its product's quality plan is decided: released when
 * every class accepted, held otherwise, naming the classes not accepted.
 */
final class LotRelease {
  private LotRelease() {}

  /** The lot's release or hold, or nothing while a class of the plan is undecided. */
  static Optional<QualityEvent> after(LotView lot, Product product, Instant at) {
    List<String> classes =
        product.quality().classes().stream().map(Product.NonconformityClass::name).toList();
    List<InspectionView> decided =
        lot.inspections().stream().filter(i -> classes.contains(i.nonconformityClass())).toList();
    if (decided.size() < classes.size()) {
      return Optional.empty();
    }
    List<InspectionView> rejected = decided.stream().filter(i -> !i.accepted()).toList();
    if (rejected.isEmpty()) {
      return Optional.of(
          new QualityEvent.LotReleased(
              lot.number(), lot.productCode(), lot.available(), at, false, null));
    }
    String reason =
        "not accepted: "
            + rejected.stream()
                .map(i -> i.nonconformityClass() + " (d=" + i.d() + ", Re=" + i.re() + ")")
                .collect(Collectors.joining(", "));
    return Optional.of(new QualityEvent.LotHeld(lot.number(), reason, at));
  }
}
