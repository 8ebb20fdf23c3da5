package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A span of planned operation of one line, typically one calendar shift: its whole length is the
 * planned operation time (POT). Planned downtime the calendar knows in advance (maintenance
 * windows) is listed here; planned stops the line records (breaks) come as stops. The span is
 * elapsed time; the zone is the site's, in which the period's wall-clock start names its shift,
 * day, week and month.
 */
public record Period(LineId line, Interval span, List<Interval> plannedDowntime, ZoneId zone) {
  public Period {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(zone, "zone");
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

  /** A period of a site in UTC. */
  public Period(LineId line, Interval span, List<Interval> plannedDowntime) {
    this(line, span, plannedDowntime, ZoneOffset.UTC);
  }

  public Period(LineId line, Instant start, Instant end) {
    this(line, new Interval(start, end), List.of());
  }

  /** The same period ending earlier (the shift under way, up to now); downtime cut to match. */
  public Period until(Instant end) {
    List<Interval> down = new java.util.ArrayList<>();
    for (Interval d : plannedDowntime) {
      if (d.start().isBefore(end)) {
        down.add(new Interval(d.start(), d.end().isAfter(end) ? end : d.end()));
      }
    }
    return new Period(line, new Interval(span.start(), end), down, zone);
  }

  /** The wall-clock time of the site at the period's start. */
  public LocalDateTime localStart() {
    return LocalDateTime.ofInstant(span.start(), zone);
  }

  public Instant start() {
    return span.start();
  }

  public Instant end() {
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
  boolean countsAt(Instant at) {
    return at.isAfter(span.start()) && !at.isAfter(span.end());
  }

  String describe() {
    return line + " " + PeriodRecord.show(span);
  }
}
