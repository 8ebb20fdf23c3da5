package io.tally.quality.sampling;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;

/**
 * What one inspection stream switches for: a product made on a line, one class of nonconformity.
 */
public record StreamKey(ProductCode product, LineId line, NonconformityClass nonconformityClass) {
  public StreamKey {
    if (product == null || line == null || nonconformityClass == null) {
      throw new IllegalArgumentException(
          "an inspection stream needs a product, a line and a class of nonconformity");
    }
  }

  @Override
  public String toString() {
    return product + "@" + line + "/" + nonconformityClass;
  }
}
