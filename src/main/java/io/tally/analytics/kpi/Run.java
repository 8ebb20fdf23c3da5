package io.tally.analytics.kpi;

import io.tally.execution.RunId;
import io.tally.plant.model.Interval;
import io.tally.plant.model.ProductCode;
import java.util.Objects;

/**
 * A run's time inside one period: one product at the line's rated rate for it. The span is the
 * actual order execution time (AOET) the run contributes here.
 */
public record Run(RunId id, ProductCode product, double ratedPerHour, Interval span) {
  public Run {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(span, "span");
    if (!(ratedPerHour > 0) || Double.isInfinite(ratedPerHour)) {
      throw new IllegalArgumentException(
          "run " + id + ": rated rate must be positive and finite, got " + ratedPerHour);
    }
  }
}
