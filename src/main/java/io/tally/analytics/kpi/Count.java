package io.tally.analytics.kpi;

import io.tally.execution.RunId;
import java.time.Instant;
import java.util.Objects;

/**
 * A count increment of a run: units finished up to {@code at}, split into good (GQ), scrap (SQ) and
 * rework (RQ) as the line recorded them, and what quality decided later about those units. It
 * carries the run's rated rate so that PRU x PQ can be summed over mixed products.
 */
public record Count(
    Instant at,
    RunId run,
    double ratedPerHour,
    long good,
    long scrap,
    long rework,
    Disposition quality) {
  public Count {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(quality, "quality");
    if (!(ratedPerHour > 0) || Double.isInfinite(ratedPerHour)) {
      throw new IllegalArgumentException(
          "count of run " + run + ": rated rate must be positive and finite, got " + ratedPerHour);
    }
    if (good < 0 || scrap < 0 || rework < 0) {
      throw new IllegalArgumentException(
          "count of run "
              + run
              + " at "
              + at
              + " is negative (good "
              + good
              + ", scrap "
              + scrap
              + ", rework "
              + rework
              + "); counts must not be negative");
    }
    if (quality.outOfGood() > good) {
      throw new IllegalArgumentException(
          "count of run "
              + run
              + " at "
              + at
              + ": quality took "
              + quality.outOfGood()
              + " units out of good, more than its "
              + good);
    }
  }

  /** A count quality has decided nothing about (yet). */
  public Count(Instant at, RunId run, double ratedPerHour, long good, long scrap, long rework) {
    this(at, run, ratedPerHour, good, scrap, rework, Disposition.NONE);
  }

  public long produced() {
    return good + scrap + rework;
  }

  /** PRU x PQ of this increment in seconds: the time the units take at the rated rate. */
  double plannedRuntimeSeconds() {
    return produced() * 3600.0 / ratedPerHour;
  }
}
