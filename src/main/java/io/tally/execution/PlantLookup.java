package io.tally.execution;

import io.tally.kernel.CommandRejected;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The plant as commands see it: lines and products by the text a request gave, and the time. */
@Component
class PlantLookup {
  private final PlantService plant;
  private final Lines lines;
  private final Clock clock;

  PlantLookup(PlantService plant, Lines lines, Clock clock) {
    this.plant = plant;
    this.lines = lines;
    this.clock = clock;
  }

  Plant plant() {
    return plant.plant();
  }

  /** The line a request names; 422 when it is missing, 404 when the plant has no such line. */
  Line line(String id) {
    if (id == null || id.isBlank()) {
      throw CommandRejected.invalid("line", "line is required");
    }
    try {
      return plant
          .plant()
          .findLine(new LineId(id))
          .orElseThrow(() -> CommandRejected.notFound("line", "no line '" + id + "'"));
    } catch (IllegalArgumentException e) {
      throw CommandRejected.notFound("line", "no line '" + id + "'");
    }
  }

  /** The product a request names; 422 when missing or unknown. */
  Product product(String code) {
    if (code == null || code.isBlank()) {
      throw CommandRejected.invalid("product", "product is required");
    }
    try {
      return plant
          .plant()
          .findProduct(new ProductCode(code))
          .orElseThrow(() -> CommandRejected.invalid("product", "unknown product '" + code + "'"));
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("product", "unknown product '" + code + "'");
    }
  }

  /** Refuses a line that cannot make the product (422) or may not take work now (409). */
  void requireWork(Line line, Product product) {
    if (!line.canMake(product.code())) {
      throw CommandRejected.invalid(
          "product", "line " + line.id() + " cannot make " + product.code());
    }
    if (!lines.takesWork(line.id())) {
      throw CommandRejected.conflict(
          "line",
          "line "
              + line.id()
              + " is "
              + lines.stateOf(line.id()).label()
              + " and may not take work");
    }
  }

  Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
