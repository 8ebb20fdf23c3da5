package io.tally.analytics.kpi;

import io.tally.execution.RunId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Instant;
import java.util.Objects;

/**
 * A timestamped fact about one line as execution records it in the ledger: runs start and end,
 * counts increase, stops start and end. Stops and runs carry no end time of their own; the
 * aggregator pairs starts with ends.
 */
public sealed interface LineFact {
  Instant at();

  /** A run of a product started at the line's rated rate for that product. */
  record RunStarted(Instant at, RunId run, ProductCode product, double ratedPerHour)
      implements LineFact {
    public RunStarted {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(product, "product");
    }
  }

  /** A run ended. */
  record RunEnded(Instant at, RunId run) implements LineFact {
    public RunEnded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(run, "run");
    }
  }

  /**
   * Units of a run finished since its previous count: good, scrap and rework as the line recorded
   * them, and what quality decided about them later.
   */
  record CountRecorded(
      Instant at, RunId run, long good, long scrap, long rework, Disposition quality)
      implements LineFact {
    public CountRecorded {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(quality, "quality");
    }

    public CountRecorded(Instant at, RunId run, long good, long scrap, long rework) {
      this(at, run, good, scrap, rework, Disposition.NONE);
    }
  }

  /**
   * The line stopped, for a reason of a category (a changeover is a setup stop); {@code failure}
   * when the plant file marks the reason a breakdown.
   */
  record StopStarted(Instant at, ReasonCode reason, Category category, boolean failure)
      implements LineFact {
    public StopStarted {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(category, "category");
      if (failure && category != Category.UNPLANNED) {
        throw new IllegalArgumentException("stop " + reason + ": only an unplanned stop fails");
      }
    }

    /** A stop whose reason is a failure exactly when it is unplanned (tests, older callers). */
    public StopStarted(Instant at, ReasonCode reason, Category category) {
      this(at, reason, category, category == Category.UNPLANNED);
    }
  }

  /** The current stop ended. */
  record StopEnded(Instant at) implements LineFact {
    public StopEnded {
      Objects.requireNonNull(at, "at");
    }
  }
}
