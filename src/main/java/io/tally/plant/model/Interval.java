package io.tally.plant.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A half-open interval of elapsed time [start, end) between two instants. Calendars resolve their
 * wall-clock shifts in the site's time zone into instants, so a length is the time that passed: a
 * night shift across the autumn daylight-saving change is an hour longer than its wall clock says.
 */
public record Interval(Instant start, Instant end) {
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("interval ends before it starts");
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public double hours() {
    return length().toSeconds() / 3600.0;
  }

  /** Whether an instant lies in [start, end). */
  public boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** The parts of the given ordered intervals that lie outside the hole. */
  public static List<Interval> subtract(List<Interval> intervals, Interval hole) {
    List<Interval> out = new ArrayList<>(intervals.size() + 1);
    for (Interval i : intervals) {
      if (!hole.start.isBefore(i.end) || !hole.end.isAfter(i.start)) {
        out.add(i);
        continue;
      }
      if (i.start.isBefore(hole.start)) {
        out.add(new Interval(i.start, hole.start));
      }
      if (i.end.isAfter(hole.end)) {
        out.add(new Interval(hole.end, i.end));
      }
    }
    return out;
  }
}
