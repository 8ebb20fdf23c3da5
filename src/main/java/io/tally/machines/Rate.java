package io.tally.machines;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line's rate in units per hour: the rise of its processed counter over the last minutes. */
final class Rate {
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private @Nullable Instant fromAt;
  private long fromValue;
  private @Nullable Instant toAt;
  private long toValue;

  void add(MachineSample s) {
    if (s.processed() == null) {
      return;
    }
    if (fromAt == null || s.processed() < toValue || s.at().isAfter(fromAt.plus(WINDOW))) {
      fromAt = toAt == null || s.processed() < toValue ? s.at() : toAt;
      fromValue = toAt == null || s.processed() < toValue ? s.processed() : toValue;
    }
    toAt = s.at();
    toValue = s.processed();
  }

  @Nullable Double perHour() {
    if (fromAt == null || toAt == null || !toAt.isAfter(fromAt)) {
      return null;
    }
    double hours = Duration.between(fromAt, toAt).toMillis() / 3_600_000.0;
    return Math.round((toValue - fromValue) / hours * 10) / 10.0;
  }
}
