package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.StopReason.Category;
import java.util.Objects;

/**
 * A stop's time inside one period, with its reason and ISO 22400 category. {@code continued} marks
 * the part of a stop that began in an earlier period, so a stop (a failure event, a Pareto count)
 * is counted once, in the period where it began, while its time is split between periods.
 */
public record Stop(Interval span, ReasonCode reason, Category category, boolean continued) {
  public Stop {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(category, "category");
  }

  public Stop(Interval span, ReasonCode reason, Category category) {
    this(span, reason, category, false);
  }

  /** A failure event (FE) for MTBF and MTTR: an unplanned stop, counted where it began. */
  boolean isFailureEvent() {
    return category == Category.UNPLANNED && !continued;
  }
}
