package io.tally.plant.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A half-open interval of local time [start, end). */
public record Interval(LocalDateTime start, LocalDateTime end) {
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
