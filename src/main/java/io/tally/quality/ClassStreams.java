package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.Approver;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The inspection stream a request names by product, line and class, as the product's quality plan
 * defines it now, and the stream's state as the projection holds it.
 */
@Component
class ClassStreams {
  private final PlantService plant;
  private final QualityLots lots;

  ClassStreams(PlantService plant, QualityLots lots) {
    this.plant = plant;
    this.lots = lots;
  }

  /** The stream of class {@code nc} of the product's quality plan on {@code line}. */
  StreamId of(String productCode, String line, String nc) {
    Product product;
    try {
      product = plant.plant().findProduct(new ProductCode(productCode)).orElseThrow();
    } catch (RuntimeException e) {
      throw CommandRejected.notFound("product", "no product '" + productCode + "'");
    }
    try {
      new LineId(line);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("line", e.getMessage());
    }
    Product.NonconformityClass c =
        inPlan(product, nc)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "class",
                        "class '" + nc + "' is not in the quality plan of " + productCode));
    return StreamId.of(product, line, c);
  }

  /** The class of the product's quality plan a request names, in any case, spaces around. */
  static Optional<Product.NonconformityClass> inPlan(Product product, @Nullable String nc) {
    String name = nc == null ? "" : nc.trim().toLowerCase(Locale.ROOT);
    return product.quality().classes().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The stream's state after a switch the command just appended. */
  StreamView view(StreamId id) {
    return lots.streams().stream()
        .filter(
            s ->
                s.product().equals(id.product())
                    && s.line().equals(id.line())
                    && s.nonconformityClass().equals(id.nonconformityClass())
                    && s.level().equals(id.level())
                    && s.aql().equals(id.aql()))
        .findFirst()
        .orElseThrow();
  }

  /** The actor as the switching rules see a quality user. */
  static Approver quality(Actor actor) {
    return new Approver(actor.name(), Set.of(Approver.QUALITY));
  }
}
