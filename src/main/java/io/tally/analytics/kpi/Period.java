package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A span of planned operation of one line, typically one calendar shift: its whole length is the
 * planned operation time (POT). Planned downtime the calendar knows in advance (maintenance
 * windows) is listed here; planned stops the line records (breaks) come as stops.
 */
public record Period(LineId line, Interval span, List<Interval> plannedDowntime) {
  public Period {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(span, "span");
    plannedDowntime = List.copyOf(plannedDowntime);
    if (span.length().isZero()) {
      throw new IllegalArgumentException("period " + span + " has no length");
    }
    for (Interval d : plannedDowntime) {
      if (!within(span, d)) {
        throw new IllegalArgumentException(
            "planned downtime "
                + PeriodRecord.show(d)
                + " lies outside period "
                + line
                + " "
                + PeriodRecord.show(span));
      }
    }
  }

  public Period(LineId line, LocalDateTime start, LocalDateTime end) {
    this(line, new Interval(start, end), List.of());
  }

  public LocalDateTime start() {
    return span.start();
  }

  public LocalDateTime end() {
    return span.end();
  }

  /** POT: the period's length. */
  public Duration plannedOperationTime() {
    return span.length();
  }

  boolean within(Interval i) {
    return within(span, i);
  }

  // Static, because the compact constructor checks before the fields are set.
  private static boolean within(Interval span, Interval i) {
    return !i.start().isBefore(span.start()) && !i.end().isAfter(span.end());
  }

  /**
   * Whether a count increment at this instant belongs here. A count reports units finished up to
   * its timestamp, so the period is (start, end]: a count at 14:00 closes the shift ending 14:00.
   */
  boolean countsAt(LocalDateTime at) {
    return at.isAfter(span.start()) && !at.isAfter(span.end());
  }

  String describe() {
    return line + " " + PeriodRecord.show(span);
  }
}
