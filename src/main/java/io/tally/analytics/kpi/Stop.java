package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.StopReason.Category;
import java.util.Objects;

/**
 * A stop's time inside one period, with its reason and ISO 22400 category. {@code continued} marks
 * the part of a stop that began in an earlier period, so a stop (a failure event, a Pareto count)
 * is counted once, in the period where it began, while its time is split between periods. {@code
 * failure} marks a stop whose reason the plant file calls a breakdown.
 */
public record Stop(
    Interval span, ReasonCode reason, Category category, boolean continued, boolean failure) {
  public Stop {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(category, "category");
  }

  public Stop(Interval span, ReasonCode reason, Category category) {
    this(span, reason, category, false, category == Category.UNPLANNED);
  }

  /**
   * A failure event (FE) for MTBF and MTTR: a stop for a breakdown reason, counted where it began
   * (or, if it began between periods, in the first period it runs into).
   */
  boolean isFailureEvent() {
    return failure && !continued;
  }

  /** The part of this stop inside a period. */
  Stop clipped(Interval part, boolean continuedHere) {
    return new Stop(part, reason, category, continuedHere, failure);
  }
}
