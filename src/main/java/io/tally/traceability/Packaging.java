package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Packaging units by the product's packaging levels (box of 20, can of 33 boxes, ...), each with an
 * SSCC: the levels the packaging commands ({@link PackUnits}, {@link AggregateUnits}, {@link
 * RepackUnit}, {@link SplitUnit}, {@link MoveUnit}) go by, and a unit looked up.
 */
@Service
public class Packaging {
  private final PlantService plant;
  private final Units units;

  Packaging(PlantService plant, Units units) {
    this.plant = plant;
    this.units = units;
  }

  public Optional<UnitView> find(String sscc) {
    return units.find(sscc);
  }

  List<Product.PackagingLevel> levels(String productCode) {
    List<Product.PackagingLevel> levels =
        plant.plant().product(new ProductCode(productCode)).packaging();
    if (levels.isEmpty()) {
      throw CommandRejected.invalid(
          "lot", productCode + " has no packaging levels in the plant file");
    }
    return levels;
  }
}
